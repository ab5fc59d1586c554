/* mentor-core.h — everything of src/core, for the UI and the tests */
#pragma once

#include "mentor-cli.h"
#include "mentor-demo.h"
#include "mentor-goal.h"
#include "mentor-health.h"
#include "mentor-meeting.h"
#include "mentor-mentorship.h"
#include "mentor-person.h"
#include "mentor-recurrence.h"
#include "mentor-review.h"
#include "mentor-store.h"
#include "mentor-types.h"

#pragma once

#include <QLoggingCategory>

// One logging category per subsystem. Secrets never reach these: requests are
// logged only through ApiClient, which redacts credentials in one place.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcModel)

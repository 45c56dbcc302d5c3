#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "langbot.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "langbot.model", QtInfoMsg)

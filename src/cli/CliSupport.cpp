#include "CliSupport.h"

#include "Output.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ApiError.h"

namespace lb::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(lb::cli::CommandLine)
};
} // namespace

void Finish::operator()(int exitCode)
{
    if (done)
        return;
    done = true;
    code = exitCode;
    QCoreApplication::exit(exitCode);
}

int exitCodeFor(const ApiError &error)
{
    switch (error.category()) {
    case ApiError::Category::Authentication:
        return Authentication;
    case ApiError::Category::Permission:
        return PermissionDenied;
    case ApiError::Category::NotFound:
        return NotFound;
    case ApiError::Category::Conflict:
        return Rejected;
    case ApiError::Category::Network:
        return Network;
    case ApiError::Category::Incompatible:
        return IncompatibleServer;
    case ApiError::Category::Server:
        return ServerError;
    case ApiError::Category::None:
    case ApiError::Category::Cancelled:
        break;
    }
    return SomeFailed;
}

bool failed(const ApiCall *call, Output &out, Finish &finish)
{
    if (call->ok())
        return false;
    out.error(call->error().message());
    finish(exitCodeFor(call->error()));
    return true;
}

bool refusedBefore(const ApiClient *client, Permissions::Action action, Output &out, Finish &finish)
{
    if (client->permissions().allows(action))
        return false;
    out.error(Text::tr("Not allowed: this needs the permission %1, which these credentials lack.")
                  .arg(Permissions::requiredFor(action)));
    finish(PermissionDenied);
    return true;
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

} // namespace lb::cli

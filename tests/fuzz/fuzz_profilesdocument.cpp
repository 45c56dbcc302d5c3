// Fuzz target: the export document of connection profiles
// (ProfilesDocument::read). A readable document must survive writing and
// reading again, and its profiles must be storable.
#include "FuzzSupport.h"

#include "transfer/ProfilesDocument.h"

using namespace lb;

LB_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const ProfilesDocument::ReadResult read = ProfilesDocument::read(bytes, 8);
    fuzz::consume(read.errors.toText());
    LB_FUZZ_CHECK(read.errors.size() <= 8);
    for (const Profile &p : read.document.profiles) {
        LB_FUZZ_CHECK(p.id.isEmpty()); // ids are local: never read from a file
        fuzz::consume(p.validate());
    }
    if (!read.ok())
        return 0;

    const ProfilesDocument::ReadResult again
        = fuzz::readWrittenAgain(read, [](const QByteArray &b) { return ProfilesDocument::read(b); });
    LB_FUZZ_CHECK(again.document.profiles.size() == read.document.profiles.size());
    return 0;
}

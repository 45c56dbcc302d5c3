// Fuzz target: the stored settings (ProfileStore over a QSettings INI file of
// any content: damaged, half-written, foreign). Loading must never crash, and
// what it made of the file must survive saving and loading again.
#include "FuzzSupport.h"

#include "profiles/ProfileStore.h"

#include <QFile>

using namespace lb;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialise();
    fuzz::scratchDir("settings");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A new name per input: QSettings caches files by name.
    static quint64 counter = 0;
    const QString file = fuzz::scratchDir("settings") + QStringLiteral("/%1.conf").arg(++counter);
    fuzz::writeInput(file, data, size);

    QList<Profile> loaded;
    {
        ProfileStore store(file);
        loaded = store.profiles();
        fuzz::consume(store.lastUsedId());
        QStringList names;
        for (const Profile &p : loaded) {
            LB_FUZZ_CHECK(!p.id.isEmpty());
            LB_FUZZ_CHECK(store.profile(p.id).has_value());
            LB_FUZZ_CHECK(!names.contains(p.name.trimmed(), Qt::CaseInsensitive)); // unique names
            names << p.name.trimmed();
            const QString scheme = p.baseUrl.scheme().toLower();
            LB_FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https"));
            LB_FUZZ_CHECK(p.baseUrl.userInfo().isEmpty()); // never a password from a URL
            const ProfileStore::ViewState view = store.viewState(p.id);
            fuzz::consume(view.currentUuid + QString::number(view.sortColumn));
            fuzz::consume(p.validate() + p.effectiveColor());
        }
        // A write: everything is saved again in the store's own form.
        if (!loaded.isEmpty())
            store.duplicate(loaded.first().id);
        loaded = store.profiles();
        store.sync();
    }
    {
        ProfileStore again(file);
        const QList<Profile> reloaded = again.profiles();
        LB_FUZZ_CHECK(reloaded.size() == loaded.size());
        for (qsizetype i = 0; i < loaded.size(); ++i) {
            if (!(reloaded.at(i) == loaded.at(i))) {
                std::fprintf(stderr, "profile %lld changed on reload: name '%s' -> '%s', url '%s' -> '%s'\n",
                             qlonglong(i), qUtf8Printable(loaded.at(i).name), qUtf8Printable(reloaded.at(i).name),
                             qUtf8Printable(loaded.at(i).baseUrl.toString()),
                             qUtf8Printable(reloaded.at(i).baseUrl.toString()));
            }
            LB_FUZZ_CHECK(reloaded.at(i) == loaded.at(i));
        }
    }
    QFile::remove(file);
    return 0;
}

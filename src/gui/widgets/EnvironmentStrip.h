#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace lb::gui {

// A strip across the top of the main window naming the environment and the
// profile in the profile's colour. Production: a solid bar in the colour,
// bold, with a warning mark; other environments: a thinner, light tint with
// a coloured edge. Hidden when there is no colour (demo, ad-hoc connection).
class EnvironmentStrip : public QFrame
{
    Q_OBJECT
public:
    explicit EnvironmentStrip(QWidget *parent = nullptr);

    // What it shows (an invalid colour while hidden).
    QColor color() const { return m_color; }
    bool isProduction() const { return m_production; }
    QString text() const;

    void showEnvironment(const QString &environmentName, const QString &profileName, const QColor &color,
                         bool production);
    void clear();

private:
    QLabel *m_label;
    QColor m_color;
    bool m_production = false;
};

} // namespace lb::gui

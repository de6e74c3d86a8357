#pragma once

#include <QString>

namespace Doorstep::Ui::MailPrograms {

/**
 * Where to look for mail programs and their settings: the program search path and the
 * user's home and configuration folders. The control center uses the process's own; tests
 * pass temporary folders, so no test ever reads or writes the real user's mail settings.
 */
struct Environment {
    QString path;          ///< like $PATH: folders separated by ':'
    QString home;          ///< like $HOME
    QString xdgConfigHome; ///< like $XDG_CONFIG_HOME; empty means home/.config

    /** PATH, HOME and XDG_CONFIG_HOME of this process. */
    static Environment fromProcess();

    /** The executable @p name found in path, or an empty string. */
    QString findExecutable(const QString &name) const;
    /** XDG_CONFIG_HOME, or home/.config when it is unset or not absolute (XDG Base Directory). */
    QString configHome() const;
};

} // namespace Doorstep::Ui::MailPrograms

# Imported from procmail by Doorstep.
require ["copy", "fileinto", "regex"];

if header :regex "x-spam-flag" "^YES" {
    fileinto "spamtrap";
    stop;
}

if header :contains "list-id" "<debian-user.lists.debian.org>" {
    fileinto "lists.debian-user";
    stop;
}

if header :contains "list-id" "debian-devel" {
    fileinto "lists.debian-devel";
    stop;
}

if header :regex ["to", "cc", "bcc", "resent-to", "resent-cc", "resent-bcc", "original-to", "original-cc", "original-bcc", "original-resent-to", "original-resent-cc", "original-resent-bcc", "x-envelope-to", "apparently-to", "apparently-resent-to"] "(^|[^-a-zA-Z0-9_.])club@example\\.org" {
    fileinto "lists.club";
    stop;
}

if header :contains "sender" "owner-lwn@lwn.net" {
    fileinto "lists.lwn";
    stop;
}

if header :contains "from" "@bank.example" {
    fileinto :copy "archive.bank";
}

if header :regex "from" "(mum|dad)@family\\.example" {
    redirect :copy "joe.mobile@example.net";
}

# not imported (line 42): pipes the message to a program (| formail -rD 8192 vacation.cache), which Sieve cannot run
#   :0 Whc: vacation.lock
#   * !^FROM_DAEMON
#   * !^X-Loop: joe@example\.org
#   | formail -rD 8192 vacation.cache

# not imported (line 47): depends on whether the previous recipe's action succeeded (e flag), which Sieve cannot tell
#   :0 ehc
#   | (formail -rI"Precedence: junk" -A"X-Loop: joe@example.org" ; cat $HOME/.vacation.msg) | $SENDMAIL -oi -t

if allof (header :contains "list-post" "photos@lists.example.com", size :over 5000000) {
    discard;
    stop;
}

if header :contains "mailing-list" "contact perl-help@perl.org" {
    fileinto "lists.perl";
    stop;
}

if header :contains "x-mailing-list" "linux-kernel@vger.kernel.org" {
    if header :contains "subject" "[PATCH" {
        fileinto "lists.lkml.patches";
        stop;
    }
    fileinto "lists.lkml";
    stop;
}

#include "engine/daemon/daemon.h"

int main(int argc, char **argv)
{
    return Doorstep::Daemon::Daemon::main(argc, argv);
}

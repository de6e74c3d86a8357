// doorstep-scan: the libclamav scanner process that doorstepd starts and supervises.

#include "engine/filters/antivirus/scanner/scannermain.h"

int main(int argc, char **argv)
{
    return Doorstep::Filters::Antivirus::scannerMain(argc, argv);
}

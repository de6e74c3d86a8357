#pragma once

namespace Doorstep::Filters::Antivirus {

/**
 * doorstep-scan's main(): loads the database, serves the socket, and ends when its stdin
 * closes (the engine stopped it, or died: a scanner never outlives its engine).
 *
 *   doorstep-scan --database DIR --socket PATH [--max-scan-size BYTES] [--max-scan-time SECONDS]
 *
 * Exit codes: 0 stopped by the engine, 1 a failed load (FAILED on stdout), 2 usage.
 */
int scannerMain(int argc, char **argv);

} // namespace Doorstep::Filters::Antivirus

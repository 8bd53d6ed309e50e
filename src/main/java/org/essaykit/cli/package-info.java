/** The command line: one small Picocli class per subcommand. Exit codes: 0 ok, 1 content errors, 2 usage errors. */
package org.essaykit.cli;

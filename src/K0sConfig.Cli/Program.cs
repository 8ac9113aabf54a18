using System;
using System.IO;

namespace K0sConfig.Cli
{
    /// <summary>The <c>k0sconfig</c> entry point.</summary>
    public static class Program
    {
        /// <summary>Runs the tool on the process's standard streams.</summary>
        /// <param name="args">The command line.</param>
        /// <returns>0 when no error was found, 1 when one was, 2 when a file could not be read or the command line is wrong.</returns>
        public static int Main(string[] args)
        {
            using Stream stdin = Console.OpenStandardInput();
            return CliApp.Run(args, stdin, Console.Out, Console.Error);
        }
    }
}

using RigPlan.Cli;
using Spectre.Console;

var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Out = new AnsiConsoleOutput(Console.Out),
});

// Piped output has no terminal width; give tables room rather than wrapping every cell.
console.Profile.Width = Console.IsOutputRedirected ? 200 : Math.Max(Console.WindowWidth, 80);
var context = new CliContext(console, Console.Out, Console.Error, TimeProvider.System);
try
{
    return RigPlanCli.Run(args, context);
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    // A file the user named could not be read or written: their problem to fix, not a bug.
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.BadInput;
}

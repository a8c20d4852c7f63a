using RigPlan.Testing;
using Spectre.Console.Testing;

namespace RigPlan.Cli.Tests;

/// <summary>Runs the CLI in-process against the shipped catalog and captures what it prints.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var console = new TestConsole().Width(220);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(console, stdout, stderr, new FixedTime(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)), Repo.CatalogDirectory);
        var code = RigPlanCli.Run(args, context);
        return new CliResult(code, console.Output + stdout, stderr.ToString(), stdout.ToString());
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>What a CLI run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error, string Stdout);

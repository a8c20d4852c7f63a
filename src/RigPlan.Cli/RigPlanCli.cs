using System.CommandLine;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>Builds the `rigplan` command tree and runs it, mapping every outcome to a documented exit code.</summary>
internal static class RigPlanCli
{
    public static int Run(string[] args, CliContext context)
    {
        var catalogOption = new Option<string?>("--catalog")
        {
            Description = "Use the catalog in this folder instead of the shipped one",
            Recursive = true,
        };
        var root = new RootCommand("RigPlan: plan GPU machines for machine learning from a sourced hardware catalog")
        {
            catalogOption,
        };
        root.Subcommands.Add(GpusCommand.Create(context));
        root.Subcommands.Add(BoardsCommand.Create(context));
        root.Subcommands.Add(PartsCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(BomCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(FitCommand.Create(context));
        root.Subcommands.Add(PredictCommand.Create(context));
        root.Subcommands.Add(TcoCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Stderr.WriteLine($"error: {Plain(error.Message)}");
            }

            context.Stderr.WriteLine($"  fix: see `rigplan {string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')).Take(2))} --help`".Replace("  --help", " --help", StringComparison.Ordinal));
            return ExitCodes.BadInput;
        }

        if (parsed.GetValue(catalogOption) is { } directory)
        {
            context.CatalogDirectory = directory;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = context.Stdout, Error = context.Stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The parser names .NET types ("as expected type 'System.Nullable`1[System.Int32]'"); say what a person would.</summary>
    internal static string Plain(string message) => System.Text.RegularExpressions.Regex.Replace(
        message,
        @"as expected type '(System\.Nullable`1\[)?System\.(?<t>\w+)\]?'",
        m => m.Groups["t"].Value switch
        {
            "Int32" or "Int64" => "as a whole number",
            "Double" or "Decimal" or "Single" => "as a number",
            "Boolean" => "as true or false",
            _ => "as a " + m.Groups["t"].Value.ToLowerInvariant(),
        });
}

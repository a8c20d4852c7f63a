using System.CommandLine;
using System.Globalization;
using RigPlan.Core.Checks;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan check FILE [--json]`: every problem in a build, with numbers and fixes, then its summary.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A YAML build file (see docs/build-file.md)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document on stdout" };
        var prices = UserPrices.Option();
        var command = new Command("check", "Find every problem in a build and say how to fix it") { file, json, prices };
        command.SetAction(r => Run(context, r.GetValue(file)!, r.GetValue(json), r.GetValue(prices)));
        return command;
    }

    private static int Run(CliContext context, string path, bool json, FileInfo? prices)
    {
        if (BuildFiles.LoadWithCatalog(context, path, prices) is not var (catalog, build))
        {
            return ExitCodes.BadInput;
        }

        var report = Checkers.For(context, catalog).Check(build, catalog);
        if (json)
        {
            JsonOutput.Write(context.Stdout, ReportJson.Report(report));
        }
        else
        {
            Render(context.Console, report);
        }

        return report.Passes ? ExitCodes.Ok : ExitCodes.BuildErrors;
    }

    public static void Render(IAnsiConsole console, CheckReport report)
    {
        var errors = report.Of(Severity.Error).Count();
        var warnings = report.Of(Severity.Warning).Count();
        var notes = report.Of(Severity.Info).Count();
        var verdict = errors > 0 ? $"[red bold]{errors} error(s)[/]: this build will not work as written" : "[green bold]no errors[/]";
        console.MarkupLine($"[bold]{Markup.Escape(report.Build.Name)}[/]: {verdict}; {warnings} warning(s), {notes} note(s)");
        console.WriteLine();
        foreach (var finding in report.Findings)
        {
            var (tag, color) = finding.Severity switch
            {
                Severity.Error => ("ERROR  ", "red"),
                Severity.Warning => ("WARNING", "yellow"),
                _ => ("NOTE   ", "blue"),
            };
            var node = finding.Node is null || report.Build.Nodes.Length == 1 ? "" : $" [grey]({Markup.Escape(finding.Node)})[/]";
            console.MarkupLine($"[{color} bold]{tag}[/] [bold]{finding.Rule}[/]{node}");
            console.MarkupLine($"        {Markup.Escape(finding.Message)}");
            if (finding.Fix is not null)
            {
                console.MarkupLine($"        [green]fix:[/] {Markup.Escape(finding.Fix)}");
            }

            console.WriteLine();
        }

        RenderSummary(console, report);
    }

    public static void RenderSummary(IAnsiConsole console, CheckReport report)
    {
        var s = report.Summary;
        var grid = new Table().Border(TableBorder.Rounded).Title("Summary").HideHeaders().AddColumn("").AddColumn("");
        var dates = s.OldestPrice is null ? "" : s.OldestPrice == s.NewestPrice ? $" (prices of {s.OldestPrice})" : $" (prices seen {s.OldestPrice} to {s.NewestPrice})";
        var unpriced = s.Unpriced.IsEmpty ? "" : $"; no price known for {string.Join(", ", s.Unpriced)}";
        grid.AddRow("Cost", Markup.Escape($"{Fmt.Usd(s.CostUsd)}{dates}{unpriced}"));
        grid.AddRow("GPUs", Markup.Escape($"{s.Gpus}, {Fmt.N(s.VramGb)} GB VRAM, {Fmt.N(s.Bf16Tflops)} dense BF16 TFLOPS" + (s.TflopsPer1000Usd is { } t ? $", {t.ToString("0.#", CultureInfo.InvariantCulture)} TFLOPS per $1000" : "")));
        grid.AddRow("Power", Markup.Escape($"{Fmt.W(s.DcLoadW)} DC at full load, {Fmt.W(s.WallW)} at the wall ({s.Site})"));
        foreach (var node in s.Nodes)
        {
            var prefix = s.Nodes.Length > 1 || node.Count > 1 ? $"{node.Name} (x{node.Count}): " : "";
            grid.AddRow("Node", Markup.Escape($"{prefix}{Fmt.W(node.DcLoadW)} DC on {Fmt.W(node.PsuCapacityW)} of PSU, {Fmt.W(node.WallW)} at the wall"));
            foreach (var link in node.Links)
            {
                grid.AddRow("Link", Markup.Escape(link));
            }
        }

        if (s.Network is { } network)
        {
            grid.AddRow("Network", Markup.Escape(network));
        }

        console.Write(grid);
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using RigPlan.Core.Checks;
using RigPlan.Core.Economics;
using RigPlan.Core.Workloads;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan tco FILE`: what owning the build costs over the years, against renting the same GPU work.</summary>
internal static class TcoCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A YAML build file" };
        var utilization = new Option<double>("--utilization") { Description = "Share of the time the GPUs work (0-1, default 0.6)", DefaultValueFactory = _ => 0.6 };
        var kwh = new Option<double>("--kwh-price") { Description = "Electricity, USD per kWh (default 0.15)", DefaultValueFactory = _ => 0.15 };
        var years = new Option<double>("--years") { Description = "Years of ownership (default 3)", DefaultValueFactory = _ => 3 };
        var resale = new Option<double>("--resale") { Description = "Share of the hardware cost recovered at the end (default 0: not counted)", DefaultValueFactory = _ => 0 };
        var prices = UserPrices.Option();
        var json = new Option<bool>("--json") { Description = "Print one JSON document on stdout" };
        var plot = new Option<string?>("--plot") { Description = "Draw cumulative cost of owning against renting to FILE.svg or FILE.png" };
        var model = new Option<string?>("--model") { Description = "Also give the cost per million generated tokens of this model (as many copies as the GPUs hold, each on the fewest GPUs it fits)" };
        var quant = new Option<string>("--quant") { Description = "The model's weight format (default fp16)", DefaultValueFactory = _ => "fp16" };
        var batch = new Option<int>("--batch") { Description = "Sequences served at once, for --model (default 1)", DefaultValueFactory = _ => 1 };
        var command = new Command("tco", "Cost of owning a build against renting the same GPU work") { file, utilization, kwh, years, resale, prices, json, plot, model, quant, batch };
        command.SetAction(r => Run(context, r.GetValue(file)!, r.GetValue(utilization), r.GetValue(kwh), r.GetValue(years), r.GetValue(resale), r.GetValue(prices), r.GetValue(json), r.GetValue(plot), r.GetValue(model), r.GetValue(quant)!, r.GetValue(batch)));
        return command;
    }

    private sealed record Tokens(string Model, double TokensPerSecond, string How);

    /// <summary>Generation speed of a model over the whole build (see <see cref="Serving"/>), with a line saying how.</summary>
    private static Tokens? TokensServed(CliContext context, RigPlan.Core.Catalog.HardwareCatalog catalog, RigPlan.Core.Builds.BuildSpec build, string modelText, string quantText, int batch)
    {
        var models = WorkloadInputs.LoadModels(context);
        if (models is null)
        {
            return null;
        }

        if (WorkloadInputs.ResolveModel(context, models, modelText, quantText) is not var (model, format)
            || WorkloadInputs.FitSpeed(context, models, catalog) is not { } speed)
        {
            return null;
        }

        const int contextTokens = 4096;
        var (groups, total) = Serving.Of(build, model, format, speed, batch, contextTokens);
        var parts = groups.Select(g => g.Copies == 0
            ? $"{g.Node} ({g.Gpu}): does not fit"
            : FormattableString.Invariant($"{g.Machines}x {g.Node}: {g.Copies} cop{(g.Copies == 1 ? "y" : "ies")} on {g.GpusPerCopy} {g.Gpu}{(g.GpusPerCopy == 1 ? "" : "s")} each at {g.TokensPerSecondPerCopy:0.#} tokens/s, batch {batch}, {contextTokens} tokens of context"));
        return new Tokens($"{model.Name} in {format.Name}", total, string.Join("; ", parts));
    }

    private static int Run(CliContext context, string path, double utilization, double kwhPrice, double years, double resale, FileInfo? prices, bool json, string? plot, string? modelText, string quantText, int batch)
    {
        if (batch is < 1 or > 4096)
        {
            return context.BadInput($"--batch {batch} is outside 1 to 4096", "give the sequences served at once, e.g. --batch 8");
        }

        if (modelText is null && (quantText != "fp16" || batch != 1))
        {
            return context.BadInput("--quant and --batch describe a --model", "add --model ID, e.g. --model llama-3-8b");
        }

        if (!double.IsFinite(utilization) || utilization is <= 0 or > 1)
        {
            return context.BadInput($"--utilization {utilization.ToString(CultureInfo.InvariantCulture)} is not a share of the time", "give a number above 0 and at most 1, e.g. 0.6");
        }

        if (!double.IsFinite(kwhPrice) || kwhPrice is < 0 or > 10 || !double.IsFinite(years) || years is <= 0 or > 30 || !double.IsFinite(resale) || resale is < 0 or > 1)
        {
            return context.BadInput("--kwh-price, --years or --resale is out of range", "use --kwh-price 0-10, --years above 0 and at most 30, --resale 0-1");
        }

        if (BuildFiles.LoadWithCatalog(context, path, prices) is not var (catalog, build))
        {
            return ExitCodes.BadInput;
        }

        var (cloud, errors) = CloudPrices.Load(WorkloadInputs.ModelsDirectory(context), catalog);
        if (!errors.IsEmpty)
        {
            context.Stderr.WriteLine("error: the cloud price table has problems:");
            foreach (var error in errors)
            {
                context.Stderr.WriteLine($"  {error}");
            }

            return ExitCodes.BadInput;
        }

        var report = Checkers.For(context, catalog).Check(build, catalog);
        var gpus = build.Nodes.SelectMany(n => Enumerable.Repeat(n, n.Count)).SelectMany(n => n.Gpus.SelectMany(g => Enumerable.Repeat(g.Gpu, g.Count))).ToList();
        var result = Tco.Compare(gpus, report.Summary.CostUsd, report.Bom.GpusPriced, report.Summary.WallW, new TcoInputs { Utilization = utilization, KwhPrice = kwhPrice, Years = years, ResaleFraction = resale }, cloud, catalog);
        Tokens? tokens = null;
        if (modelText is not null)
        {
            tokens = TokensServed(context, catalog, build, modelText, quantText, batch);
            if (tokens is null)
            {
                return ExitCodes.BadInput;
            }
        }

        var inputs = new TcoInputs { Utilization = utilization, KwhPrice = kwhPrice, Years = years, ResaleFraction = resale };
        var ownPerM = tokens is { } t0 ? Tco.PerMillionTokens(result.OwnTotal, t0.TokensPerSecond, inputs) : null;
        var rentPerM = tokens is { } t1 ? Tco.PerMillionTokens(result.RentTotal, t1.TokensPerSecond, inputs) : null;
        if (plot is not null && WorkloadCharts.Tco(plot, $"{build.Name}: owning against renting ({utilization:P0} utilisation, ${kwhPrice:0.##}/kWh)", result) is { } problem)
        {
            return context.BadInput(problem, "e.g. --plot tco.svg");
        }

        if (json)
        {
            JsonOutput.Write(context.Stdout, new JsonObject
            {
                ["name"] = build.Name,
                ["own_total_usd"] = Math.Round(result.OwnTotal, 2),
                ["hardware_usd"] = Math.Round(result.Hardware, 2),
                ["electricity_usd"] = Math.Round(result.Electricity, 2),
                ["resale_usd"] = Math.Round(result.Resale, 2),
                ["rent_total_usd"] = Math.Round(result.RentTotal, 2),
                ["break_even_months"] = result.BreakEvenMonths is { } b ? Math.Round(b, 1) : null,
                ["rent_basis"] = result.RentBasis,
                ["rent_source"] = result.RentSource,
                ["complete"] = result.Complete,
                ["unpriced_parts"] = new JsonArray([.. report.Summary.Unpriced.Select(u => (JsonNode?)JsonValue.Create(u))]),
                ["tokens_per_s"] = tokens?.TokensPerSecond is { } tps ? Math.Round(tps, 2) : null,
                ["own_usd_per_million_tokens"] = ownPerM is { } o ? Math.Round(o, 4) : null,
                ["rent_usd_per_million_tokens"] = rentPerM is { } r ? Math.Round(r, 4) : null,
            });
            return ExitCodes.Ok;
        }

        var c = context.Console;
        c.MarkupLine($"[bold]{Markup.Escape(build.Name)}[/] over {years:0.#} years at {utilization:P0} utilisation and ${kwhPrice:0.###}/kWh:");
        c.MarkupLine($"  Owning: [bold]{Fmt.Usd(result.OwnTotal)}[/] = hardware {Fmt.Usd(result.Hardware)} + electricity {Fmt.Usd(result.Electricity)} ({Fmt.W(report.Summary.WallW)} at the wall while working){(result.Resale > 0 ? $" - resale {Fmt.Usd(result.Resale)}" : "")}");
        c.MarkupLine($"  Renting: [bold]{Fmt.Usd(result.RentTotal)}[/] ({Markup.Escape(result.RentBasis)})");
        c.MarkupLine(!result.Complete
            ? "  [red]No break-even: the GPUs have no known price, so the hardware cost is incomplete[/]; pass their price with --prices."
            : result.BreakEvenMonths is { } m ? $"  Owning is cheaper after [green bold]{m:0.#} months[/]{(report.Summary.Unpriced.IsEmpty ? "" : " on the priced parts (later once the others are priced)")}." : "  [yellow]Owning does not pay for itself within the period[/] at these assumptions.");
        if (!report.Summary.Unpriced.IsEmpty)
        {
            c.MarkupLine($"[yellow]The hardware cost leaves out {Markup.Escape(string.Join(", ", report.Summary.Unpriced))} (no price known); pass yours with --prices.[/]");
        }

        if (tokens is { } served)
        {
            c.MarkupLine(served.TokensPerSecond > 0
                ? $"  {Markup.Escape(served.Model)}: about {served.TokensPerSecond:#,0.#} tokens/s ({Markup.Escape(served.How)}), so a million generated tokens cost [bold]${ownPerM ?? 0:0.00}[/] owned against ${rentPerM ?? 0:0.00} rented (at the utilisation above)."
                : $"  [yellow]{Markup.Escape(served.Model)} does not fit on any machine of the build[/] ({Markup.Escape(served.How)}); see `rigplan fit`.");
        }

        c.MarkupLine($"[grey]Rent: {Markup.Escape(result.RentSource)}. Idle draw is not counted; resale is counted only with --resale.[/]");
        return ExitCodes.Ok;
    }
}

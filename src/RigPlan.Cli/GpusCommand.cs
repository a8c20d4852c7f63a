using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using RigPlan.Core.Catalog;
using RigPlan.Core.Market;
using RigPlan.Core.Units;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan gpus`: which GPU gives the most compute (or bandwidth, or memory) per dollar at the memory I need.</summary>
internal static class GpusCommand
{
    private static readonly Dictionary<string, GpuMetric> Metrics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bf16"] = GpuMetric.Bf16,
        ["fp32"] = GpuMetric.Fp32,
        ["int8"] = GpuMetric.Int8,
        ["bandwidth"] = GpuMetric.Bandwidth,
        ["vram"] = GpuMetric.Vram,
    };

    public static Command Create(CliContext context)
    {
        var minVram = new Option<double?>("--min-vram") { Description = "Least memory per GPU, in GB" };
        var vendor = new Option<string?>("--vendor") { Description = "Only NVIDIA or AMD" };
        var formFactor = new Option<string?>("--form-factor") { Description = "Only pcie, sxm or oam" };
        var segment = new Option<string?>("--segment") { Description = "Only consumer, workstation or datacenter" };
        var used = new Option<bool>("--used") { Description = "Rank at used-market prices instead of new" };
        var metric = new Option<string>("--metric") { Description = "bf16 (default: dense BF16/FP16 tensor, FP32 accumulate), fp32, int8, bandwidth or vram", DefaultValueFactory = _ => "bf16" };
        var per = new Option<string>("--per") { Description = "dollar (default) or watt", DefaultValueFactory = _ => "dollar" };
        var prices = UserPrices.Option();
        var plot = new Option<FileInfo?>("--plot") { Description = "Draw the metric against price, with the best-value frontier, to FILE.svg or FILE.png" };
        var top = new Option<int?>("--top") { Description = "Show only the first N rows" };
        var json = new Option<bool>("--json") { Description = "Print one JSON array on stdout, in ranked order" };
        var command = new Command("gpus", "Rank GPUs by compute, bandwidth or memory per dollar (or per watt)")
        {
            minVram, vendor, formFactor, segment, used, metric, per, prices, plot, top, json,
        };
        command.SetAction(r => Run(
            context,
            new Options(r.GetValue(minVram), r.GetValue(vendor), r.GetValue(formFactor), r.GetValue(segment), r.GetValue(used), r.GetValue(metric)!, r.GetValue(per)!, r.GetValue(prices), r.GetValue(plot), r.GetValue(top), r.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, Options o)
    {
        if (!Metrics.TryGetValue(o.Metric, out var metric))
        {
            return context.BadInput($"--metric '{o.Metric}' is not a metric", "use bf16, fp32, int8, bandwidth or vram");
        }

        RankBasis basis;
        switch (o.Per.ToLowerInvariant())
        {
            case "dollar" or "usd" or "$":
                basis = RankBasis.Dollar;
                break;
            case "watt" or "w":
                basis = RankBasis.Watt;
                break;
            default:
                return context.BadInput($"--per '{o.Per}' is not a basis", "use dollar or watt");
        }

        if (o.MinVram is { } v && (!double.IsFinite(v) || v < 0 || v > 100_000))
        {
            return context.BadInput($"--min-vram {v.ToString(CultureInfo.InvariantCulture)} is not a memory size", "give a number of GB from 0 to 100000, e.g. --min-vram 24");
        }

        if (o.Top is { } t && t < 1)
        {
            return context.BadInput($"--top {t} must be at least 1");
        }

        GpuFormFactor? formFactor = null;
        if (o.FormFactor is not null)
        {
            if (!Vocabulary.FormFactors.TryGetValue(o.FormFactor.ToLowerInvariant(), out var ff))
            {
                return context.BadInput($"--form-factor '{o.FormFactor}' is not a form factor", "use pcie, sxm or oam");
            }

            formFactor = ff;
        }

        if (o.Segment is not null && !Vocabulary.Segments.Contains(o.Segment.ToLowerInvariant()))
        {
            return context.BadInput($"--segment '{o.Segment}' is not a segment", "use consumer, workstation or datacenter");
        }

        if (o.Plot is not null && !IsPlotFile(o.Plot.Name))
        {
            return context.BadInput($"--plot '{o.Plot.Name}' must end in .svg or .png", "e.g. --plot gpus.svg");
        }

        var catalog = context.LoadCatalog();
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        if (o.Vendor is not null && !catalog.Gpus.Any(g => string.Equals(g.Vendor, o.Vendor, StringComparison.OrdinalIgnoreCase)))
        {
            return context.BadInput($"--vendor '{o.Vendor}' makes no GPU in the catalog", $"use one of: {string.Join(", ", catalog.Gpus.Select(g => g.Vendor).Distinct())}");
        }

        if (o.Prices is not null)
        {
            var withPrices = UserPrices.Apply(context, catalog, o.Prices);
            if (withPrices is null)
            {
                return ExitCodes.BadInput;
            }

            catalog = withPrices;
        }

        var query = new GpuQuery
        {
            MinVram = o.MinVram is { } mv ? new Gigabytes(mv) : null,
            Vendor = o.Vendor,
            FormFactor = formFactor,
            Segment = o.Segment?.ToLowerInvariant(),
            Used = o.Used,
            Metric = metric,
            Per = basis,
        };
        var ranking = GpuRanker.Rank(catalog, query);
        var rows = o.Top is { } n ? ranking.Rows.Take(n).ToList() : [.. ranking.Rows];

        if (o.Plot is not null)
        {
            var written = GpuChart.Write(ranking, o.Plot.FullName);
            if (written is not null)
            {
                return context.BadInput(written);
            }
        }

        if (o.Json)
        {
            var fields = PartFields.For(PartKind.Gpu);
            var array = new JsonArray([.. rows.Select(r =>
            {
                var obj = PartsCommand.ToJson(r.Gpu, fields, catalog);
                obj["rank"] = r.Rank;
                obj["metric"] = o.Metric.ToLowerInvariant();
                obj["metric_unit"] = ranking.Unit;
                obj["metric_value"] = r.MetricValue;
                obj["metric_is_fp16"] = metric == GpuMetric.Bf16 && r.Gpu.MixedPrecisionIsFp16;
                obj["ranked_price_condition"] = query.Condition.ToString().ToLowerInvariant();
                obj["ranked_price_usd"] = r.Price?.Price.Value;
                obj["ranked_price_date"] = r.Price?.DateText;
                obj["metric_per_usd"] = r.PerUsd;
                obj["metric_per_watt"] = r.PerWatt;
                obj["on_frontier"] = r.OnFrontier;
                return (JsonNode)obj;
            })]);
            JsonOutput.Write(context.Stdout, array);
            return ExitCodes.Ok;
        }

        Render(context, ranking, rows);
        if (o.Plot is not null)
        {
            context.Console.MarkupLine($"Chart written to [bold]{Markup.Escape(o.Plot.FullName)}[/].");
        }

        return ExitCodes.Ok;
    }

    private static bool IsPlotFile(string name) =>
        name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".png", StringComparison.OrdinalIgnoreCase);

    private static void Render(CliContext context, GpuRanking ranking, List<GpuRankRow> rows)
    {
        var q = ranking.Query;
        var perLabel = q.Per == RankBasis.Dollar ? $"{ranking.Unit} per $1000" : $"{ranking.Unit} per 100 W";
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"{ranking.Label} per {(q.Per == RankBasis.Dollar ? "dollar" : "watt")}, {(q.Used ? "used" : "new")} prices");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("GPU");
        table.AddColumn(new TableColumn("VRAM").RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(ranking.Unit)).RightAligned());
        table.AddColumn(new TableColumn("TDP").RightAligned());
        table.AddColumn(new TableColumn("Price (date)").RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(perLabel)).RightAligned());
        var anyFp16 = false;
        foreach (var row in rows)
        {
            var fp16 = q.Metric == GpuMetric.Bf16 && row.Gpu.MixedPrecisionIsFp16;
            anyFp16 |= fp16;
            var ratio = q.Per == RankBasis.Dollar ? row.PerUsd * 1000 : row.PerWatt * 100;
            var name = Markup.Escape(row.Gpu.Name) + (row.OnFrontier ? " [green]★[/]" : "");
            table.AddRow(
                row.Rank?.ToString(CultureInfo.InvariantCulture) ?? "",
                name,
                row.Gpu.Vram.ToString(),
                row.MetricValue is { } m ? m.ToString("0.#", CultureInfo.InvariantCulture) + (fp16 ? "†" : "") : "unknown",
                row.Gpu.Tdp.ToString(),
                Markup.Escape(Prices.Short(row.Price)),
                ratio is { } r ? $"[bold]{r.ToString(r >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture)}[/]" : "[grey]no price[/]");
        }

        context.Console.Write(table);
        context.Console.MarkupLine("[green]★[/] best value: no cheaper GPU in this list matches its figure.");
        if (anyFp16)
        {
            context.Console.MarkupLine("† FP16 with FP32 accumulate: this GPU has no BF16.");
        }

        var dates = rows.Where(r => r.Price is not null).Select(r => r.Price!.Date).ToList();
        if (dates.Count > 0)
        {
            context.Console.MarkupLine($"[grey]Prices seen between {dates.Min():yyyy-MM-dd} and {dates.Max():yyyy-MM-dd}; paste today's with --prices FILE.csv (part,price,date). Sources: `rigplan parts show ID`.[/]");
        }
    }

    private sealed record Options(double? MinVram, string? Vendor, string? FormFactor, string? Segment, bool Used, string Metric, string Per, FileInfo? Prices, FileInfo? Plot, int? Top, bool Json);
}

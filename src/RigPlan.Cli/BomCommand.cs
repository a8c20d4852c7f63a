using System.CommandLine;
using System.Globalization;
using System.Text;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Costs;

namespace RigPlan.Cli;

/// <summary>`rigplan bom FILE [--format md|csv|json]`: the bill of materials with quantities, dated prices and sources.</summary>
internal static class BomCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A YAML build file" };
        var format = new Option<string>("--format") { Description = "md (default), csv or json", DefaultValueFactory = _ => "md" };
        var prices = UserPrices.Option();
        var command = new Command("bom", "Bill of materials with quantities, dated prices and sources") { file, format, prices };
        command.SetAction(r => Run(context, r.GetValue(file)!, r.GetValue(format)!, r.GetValue(prices)));
        return command;
    }

    private static int Run(CliContext context, string path, string format, FileInfo? prices)
    {
        if (format is not ("md" or "csv" or "json"))
        {
            return context.BadInput($"--format '{format}' is not a format", "use md, csv or json");
        }

        if (BuildFiles.LoadWithCatalog(context, path, prices) is not var (catalog, build))
        {
            return ExitCodes.BadInput;
        }

        var bom = BillOfMaterials.For(build, catalog);
        switch (format)
        {
            case "json":
                var obj = ReportJson.Bom(bom);
                obj["name"] = build.Name;
                JsonOutput.Write(context.Stdout, obj);
                break;
            case "csv":
                context.Stdout.Write(Csv(bom));
                break;
            default:
                context.Stdout.Write(Markdown(build.Name, bom));
                break;
        }

        context.Stdout.Flush();
        return ExitCodes.Ok;
    }

    private static string Price(BomLine l) => l.Price is null ? "" : l.Price.Price.Value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Markdown(string name, BillOfMaterials bom)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Bill of materials: {name}");
        sb.AppendLine();
        var priceNote = bom.Condition is { } condition ? $"Prices: {condition.ToString().ToLowerInvariant()} where known (else the other condition, marked *)." : "Prices: the lower of new and used.";
        sb.AppendLine(priceNote);
        sb.AppendLine();
        sb.AppendLine("| Node | Part | Qty | Unit price | Subtotal | Price date | Price source |");
        sb.AppendLine("|---|---|---:|---:|---:|---|---|");
        foreach (var l in bom.Lines)
        {
            var unit = l.Price is null ? "unknown" : Fmt.Usd(l.Price.Price.Value) + (l.FellBack ? $" ({l.Price.Condition.ToString().ToLowerInvariant()})*" : "") + (l.PricedAsModel ? " (model's price)" : "");
            var subtotal = l.Subtotal is { } s ? Fmt.Usd(s) : "";
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {l.Node} | {Cell(l.Part.Name)} | {l.Quantity} | {unit} | {subtotal} | {l.Price?.DateText ?? ""} | {Cell(l.Price?.Source ?? "")} |");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"| | **Total** | | | **{Fmt.Usd(bom.Total)}** | | |");
        var unpriced = bom.Unpriced.ToList();
        if (unpriced.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"The total leaves out {string.Join(", ", unpriced.Select(u => u.Part.Name))}: no dated price is known. Pass yours with `--prices FILE.csv` (part,price,date), or add it to data/catalog/prices.csv with its source.");
        }

        return sb.ToString();
    }

    public static string Csv(BillOfMaterials bom)
    {
        var sb = new StringBuilder("node,kind,id,name,quantity,unit_price_usd,subtotal_usd,price_condition,price_date,price_source\n");
        foreach (var l in bom.Lines)
        {
            sb.AppendLine(string.Join(",", new[]
            {
                l.Node, Words.Plural(l.Part.Kind), l.Part.Id, l.Part.Name, l.Quantity.ToString(CultureInfo.InvariantCulture), Price(l),
                l.Subtotal is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "", l.Price?.Condition.ToString().ToLowerInvariant() ?? "", l.Price?.DateText ?? "", l.Price?.Source ?? "",
            }.Select(Quote)));
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Quote(string cell) =>
        cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

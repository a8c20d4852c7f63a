using System.Globalization;
using RigPlan.Core.Market;
using ScottPlot;

namespace RigPlan.Cli;

/// <summary>Draws a GPU ranking: metric against price on log-log axes, coloured by segment, with the best-value frontier.</summary>
internal static class GpuChart
{
    private static readonly (string Segment, string Label, Color Color)[] Segments =
    [
        ("consumer", "Consumer", Color.FromHex("#1f77b4")),
        ("workstation", "Workstation", Color.FromHex("#ff7f0e")),
        ("datacenter", "Datacenter", Color.FromHex("#2ca02c")),
    ];

    /// <summary>Writes the chart; returns a problem to report, or null on success.</summary>
    public static string? Write(GpuRanking ranking, string path)
    {
        var rows = ranking.Rows.Where(r => r.Price is not null && r.MetricValue is > 0).ToList();
        if (rows.Count == 0)
        {
            return "no GPU in this selection has both a price and the metric, so there is nothing to plot";
        }

        var plot = new Plot();
        foreach (var (segment, label, color) in Segments)
        {
            var inSegment = rows.Where(r => r.Gpu.Segment == segment).ToList();
            if (inSegment.Count == 0)
            {
                continue;
            }

            var points = plot.Add.ScatterPoints(
                inSegment.Select(r => Math.Log10(r.Price!.Price.Value)).ToArray(),
                inSegment.Select(r => Math.Log10(r.MetricValue!.Value)).ToArray());
            points.Color = color;
            points.MarkerSize = 9;
            points.LegendText = label;
        }

        var frontier = rows.Where(r => r.OnFrontier).OrderBy(r => r.Price!.Price.Value).ToList();
        if (frontier.Count > 1)
        {
            var line = plot.Add.Scatter(
                frontier.Select(r => Math.Log10(r.Price!.Price.Value)).ToArray(),
                frontier.Select(r => Math.Log10(r.MetricValue!.Value)).ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.Color = Colors.Black.WithAlpha(0.6);
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dashed;
            line.MarkerSize = 0;
            line.LegendText = "Best-value frontier";
        }

        var xs = rows.Select(r => Math.Log10(r.Price!.Price.Value)).ToList();
        var ys = rows.Select(r => Math.Log10(r.MetricValue!.Value)).ToList();
        AddIsoValueLines(plot, rows, ranking.Unit, ys.Max());

        // Label the frontier and the best ten by value; labelling all sixty would be unreadable.
        var labelled = rows.Where(r => r.OnFrontier || r.Rank <= 10).ToList();
        foreach (var row in labelled)
        {
            var text = plot.Add.Text(ShortName(row.Gpu.Name), Math.Log10(row.Price!.Price.Value), Math.Log10(row.MetricValue!.Value));
            text.LabelFontSize = 11;
            // Above and right of the point, clear of the frontier's horizontal run.
            text.LabelAlignment = Alignment.LowerLeft;
            text.LabelOffsetX = 5;
            text.LabelOffsetY = -3;
            text.LabelFontColor = row.OnFrontier ? Colors.Black : Colors.DimGray;
            text.LabelBold = row.OnFrontier;
        }

        var q = ranking.Query;
        var dates = rows.Select(r => r.Price!.Date).ToList();
        plot.Title($"{ranking.Label}, {ranking.Unit}, against {(q.Used ? "used" : "new")} price");
        plot.XLabel($"Price, USD (log scale; prices seen {dates.Min():yyyy-MM} to {dates.Max():yyyy-MM})");
        plot.YLabel($"{ranking.Label}, {ranking.Unit} (log scale)");
        plot.Axes.Bottom.TickGenerator = LogTicks(v => "$" + Pow10(v).ToString("#,0", CultureInfo.InvariantCulture));
        plot.Axes.Left.TickGenerator = LogTicks(v => Pow10(v).ToString("#,0.#", CultureInfo.InvariantCulture));
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.12);
        plot.Grid.MinorLineColor = Colors.Black.WithAlpha(0.05);
        plot.Legend.Alignment = Alignment.LowerRight;
        plot.ShowLegend();
        // The iso-value lines must not stretch the axes: fit them to the GPUs.
        var padX = Math.Max(0.05, (xs.Max() - xs.Min()) * 0.06);
        var padY = Math.Max(0.05, (ys.Max() - ys.Min()) * 0.06);
        plot.Axes.SetLimits(xs.Min() - padX, xs.Max() + (padX * 3), ys.Min() - padY, ys.Max() + padY);

        try
        {
            if (path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                plot.SavePng(path, 1400, 900);
            }
            else
            {
                plot.SaveSvg(path, 1400, 900);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            return $"cannot write the chart to '{path}': {ex.Message}";
        }

        return null;
    }

    private static double Pow10(double exponent) => Math.Pow(10, exponent);

    /// <summary>Faint diagonals of equal value (metric per $1000): every GPU on one line is equally good value.</summary>
    private static void AddIsoValueLines(Plot plot, List<GpuRankRow> rows, string unit, double top)
    {
        var ratios = rows.Select(r => r.MetricValue!.Value / r.Price!.Price.Value * 1000).ToList();
        var minPrice = rows.Min(r => r.Price!.Price.Value);
        var maxPrice = rows.Max(r => r.Price!.Price.Value);
        var low = Math.Floor(Math.Log10(ratios.Min()));
        var high = Math.Ceiling(Math.Log10(ratios.Max()));
        for (var exponent = low; exponent <= high; exponent++)
        {
            foreach (var mantissa in new[] { 1.0, 2.0, 5.0 })
            {
                var ratio = mantissa * Math.Pow(10, exponent);
                if (ratio < ratios.Min() / 1.5 || ratio > ratios.Max() * 1.5)
                {
                    continue;
                }

                var x1 = Math.Log10(minPrice);
                var x2 = Math.Log10(maxPrice);
                var line = plot.Add.Line(x1, Math.Log10(ratio * minPrice / 1000), x2, Math.Log10(ratio * maxPrice / 1000));
                line.LineColor = Colors.Gray.WithAlpha(0.35);
                line.LinePattern = LinePattern.Dotted;
                line.LineWidth = 1;
                // Label each line where it leaves the plot: at the top edge, or at the right.
                var offset = Math.Log10(ratio / 1000);
                var (lx, ly) = top - offset < x2 ? (top - offset, top) : (x2, x2 + offset);
                var label = plot.Add.Text($"{ratio.ToString("0.##", CultureInfo.InvariantCulture)} {unit} per $1k", lx, ly);
                label.LabelFontSize = 10;
                label.LabelFontColor = Colors.Gray;
                label.LabelAlignment = Alignment.UpperRight;
                label.LabelRotation = 0;
            }
        }
    }

    private static ScottPlot.TickGenerators.NumericAutomatic LogTicks(Func<double, string> format) => new()
    {
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = format,
    };

    private static string ShortName(string name) => name
        .Replace("GeForce ", "", StringComparison.Ordinal)
        .Replace(" Generation", "", StringComparison.Ordinal)
        .Replace(" Workstation Edition", "", StringComparison.Ordinal);
}

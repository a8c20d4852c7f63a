using RigPlan.Core.Economics;
using ScottPlot;

namespace RigPlan.Cli;

/// <summary>Charts for `predict --plot` (speed against GPU count) and `tco --plot` (cumulative cost over time).</summary>
internal static class WorkloadCharts
{
    /// <summary>Decode and prefill speed against GPU count; counts where the model does not fit are drawn hollow.</summary>
    public static string? Speed(string path, string title, IReadOnlyList<(int Gpus, double Decode, double Prefill, bool Fits)> points)
    {
        var plot = new Plot();
        var fits = points.Where(p => p.Fits).ToList();
        var misses = points.Where(p => !p.Fits).ToList();
        if (fits.Count > 0)
        {
            var decode = plot.Add.Scatter(fits.Select(p => (double)p.Gpus).ToArray(), fits.Select(p => p.Decode).ToArray());
            decode.LegendText = "Generation (tokens/s)";
            decode.MarkerSize = 9;
        }

        if (misses.Count > 0)
        {
            var none = plot.Add.ScatterPoints(misses.Select(p => (double)p.Gpus).ToArray(), misses.Select(_ => 0.0).ToArray());
            none.LegendText = "Does not fit";
            none.Color = Colors.Red;
            none.MarkerShape = MarkerShape.OpenCircle;
            none.MarkerSize = 10;
        }

        plot.Title(title);
        plot.XLabel("GPUs (layer split: the cards take turns, so generation does not speed up with more of them)");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        plot.YLabel("Generation speed, tokens/s");
        plot.Axes.SetLimitsY(0, Math.Max(1, points.Max(p => p.Decode)) * 1.15);
        plot.ShowLegend();
        return Save(plot, path);
    }

    /// <summary>Cumulative cost of owning against renting, month by month.</summary>
    public static string? Tco(string path, string title, TcoResult result)
    {
        var plot = new Plot();
        var months = Enumerable.Range(1, result.OwnByMonth.Length).Select(m => (double)m).ToArray();
        var own = plot.Add.Scatter(months, [.. result.OwnByMonth]);
        own.LegendText = "Own (hardware + electricity)";
        own.MarkerSize = 0;
        own.LineWidth = 2;
        var rent = plot.Add.Scatter(months, [.. result.RentByMonth]);
        rent.LegendText = "Rent the same GPU work";
        rent.MarkerSize = 0;
        rent.LineWidth = 2;
        if (result.BreakEvenMonths is { } m)
        {
            var line = plot.Add.VerticalLine(m);
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = $"Break-even at {m:0.#} months";
        }

        plot.Title(title);
        plot.XLabel("Months");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(3);
        plot.YLabel("Cumulative cost, USD");
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return Save(plot, path);
    }

    private static string? Save(Plot plot, string path)
    {
        if (!path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            return $"--plot '{path}' must end in .svg or .png";
        }

        try
        {
            if (path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                plot.SavePng(path, 1200, 750);
            }
            else
            {
                plot.SaveSvg(path, 1200, 750);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write the chart to '{path}': {ex.Message}";
        }

        return null;
    }
}

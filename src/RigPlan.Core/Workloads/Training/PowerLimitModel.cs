using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Workloads.Training;

/// <summary>
/// Speed at a power limit. Compute-bound work (training, prefill) keeps min(1, (P / TDP)^alpha) of its speed: a power cap
/// lowers clocks, and dynamic power falls faster than clocks do, so a modest cap costs little. Alpha is fitted by least
/// squares on log(kept) against log(P / TDP), through the origin, over the rows of data/models/train_measurements.csv
/// that give a power limit, each against the same source's run at full power (today the RTX 3070 ResNet-50 sweep,
/// henry2man/nvidia-powerlimit-benchmarks, FP16 and FP32 from 100 W to 220 W). Bandwidth-bound LLM decode is taken as
/// unaffected: a power cap lowers core clocks, not memory clocks (an assumption; RigPlan has no decode measurement at a cap).
/// </summary>
public sealed class PowerLimitModel
{
    /// <summary>Makes a model with a given exponent (for tests and for callers that do not fit).</summary>
    public PowerLimitModel(double alpha, ImmutableArray<PowerLimitPoint> points)
    {
        Alpha = Guard.NonNegative(alpha, nameof(alpha));
        Points = points;
    }

    /// <summary>The fitted exponent.</summary>
    public double Alpha { get; }

    /// <summary>The measurements it rests on, with the fitted fraction for each.</summary>
    public ImmutableArray<PowerLimitPoint> Points { get; }

    /// <summary>Median absolute error of the fitted fraction against the measured one.</summary>
    public double MedianError => Statistics.Median(Points.Select(p => Math.Abs((p.Predicted / p.Kept) - 1)));

    /// <summary>The lowest limit measured, as a share of TDP; below it the model extrapolates.</summary>
    public double LowestMeasured => Points.IsEmpty ? 1 : Points.Min(p => p.LimitOverTdp);

    /// <summary>Share of full speed compute-bound work keeps at <paramref name="watts"/> on a GPU of <paramref name="tdpWatts"/>.</summary>
    public double ComputeFraction(double watts, double tdpWatts) => watts <= 0 || tdpWatts <= 0 ? 0 : Math.Min(1, Math.Pow(watts / tdpWatts, Alpha));

    /// <summary>Share of full speed bandwidth-bound decode keeps: 1 (memory clocks are not capped; an assumption, see the type's remarks).</summary>
    public static double DecodeFraction(double watts, double tdpWatts) => watts > 0 && tdpWatts > 0 ? 1 : 0;

    /// <summary>Fits alpha to the reduced-power rows that have a full-power twin (same GPU, workload, precision, batch and source); null when there are none.</summary>
    public static PowerLimitModel? Fit(IEnumerable<TrainMeasurement> measurements, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(catalog);
        var rows = measurements.ToList();
        var resolver = new NameResolver<Gpu>(catalog.Gpus);
        var pairs = new List<(TrainMeasurement M, double X, double Kept)>();
        foreach (var m in rows.Where(r => r.PowerLimitW is not null))
        {
            var full = rows.FirstOrDefault(r => r.PowerLimitW is null && r.Gpu == m.Gpu && r.Workload == m.Workload && r.Precision == m.Precision && r.BatchPerGpu == m.BatchPerGpu && r.Source == m.Source && r.Metric == m.Metric);
            if (full is not null && resolver.Resolve(m.Gpu).Part is { } gpu)
            {
                pairs.Add((m, m.PowerLimitW!.Value / gpu.Tdp.Value, m.Value / full.Value));
            }
        }

        var below = pairs.Where(p => p.X < 1).ToList();
        if (below.Count == 0)
        {
            return null;
        }

        var alpha = Math.Max(0, below.Sum(p => Math.Log(p.X) * Math.Log(p.Kept)) / below.Sum(p => Math.Log(p.X) * Math.Log(p.X)));
        return new PowerLimitModel(alpha, [.. pairs.Select(p => new PowerLimitPoint(p.M, p.X, p.Kept, Math.Min(1, Math.Pow(p.X, alpha))))]);
    }
}

using System.Collections.Immutable;
using RigPlan.Core.Catalog;

namespace RigPlan.Core.Market;

/// <summary>
/// The founding heuristic made real: filter GPUs by memory and kind, then rank them by a metric per dollar
/// (or per watt), and mark the best-value frontier.
/// </summary>
public static class GpuRanker
{
    /// <summary>Ranks the catalog's GPUs for a query.</summary>
    public static GpuRanking Rank(HardwareCatalog catalog, GpuQuery query)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);
        var rows = catalog.Gpus
            .Where(g => query.MinVram is not { } min || g.Vram >= min)
            .Where(g => query.Vendor is null || string.Equals(g.Vendor, query.Vendor, StringComparison.OrdinalIgnoreCase))
            .Where(g => query.FormFactor is null || g.FormFactor == query.FormFactor)
            .Where(g => query.Segment is null || string.Equals(g.Segment, query.Segment, StringComparison.OrdinalIgnoreCase))
            .Select(g =>
            {
                var value = Value(g, query.Metric);
                var price = catalog.LatestPrice(g.Id, query.Condition);
                return new GpuRankRow
                {
                    Gpu = g,
                    MetricValue = value,
                    Price = price,
                    PerUsd = value is { } v && price is { } p ? v / p.Price.Value : null,
                    PerWatt = value is { } w && g.Tdp.Value > 0 ? w / g.Tdp.Value : null,
                };
            })
            .ToList();

        var frontier = Frontier(rows);
        Func<GpuRankRow, double?> key = query.Per == RankBasis.Dollar ? r => r.PerUsd : r => r.PerWatt;
        var ranked = rows.Where(r => key(r) is not null)
            .OrderByDescending(r => key(r))
            .ThenBy(r => r.Gpu.Id, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1, OnFrontier = frontier.Contains(r.Gpu.Id) });
        var unranked = rows.Where(r => key(r) is null)
            .OrderByDescending(r => r.MetricValue ?? -1)
            .ThenBy(r => r.Gpu.Id, StringComparer.Ordinal)
            .Select(r => r with { OnFrontier = frontier.Contains(r.Gpu.Id) });
        return new GpuRanking { Query = query, Rows = [.. ranked, .. unranked] };
    }

    /// <summary>A GPU's value for a metric, or null when the catalog does not know it.</summary>
    public static double? Value(Gpu gpu, GpuMetric metric)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return metric switch
        {
            GpuMetric.Bf16 => gpu.MixedPrecision?.Value,
            GpuMetric.Fp32 => gpu.Fp32.Value,
            GpuMetric.Int8 => gpu.Int8Tensor?.Value,
            GpuMetric.Bandwidth => gpu.MemoryBandwidth.Value,
            GpuMetric.Vram => gpu.Vram.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
        };
    }

    /// <summary>The unit a metric is measured in.</summary>
    public static string Unit(GpuMetric metric) => metric switch
    {
        GpuMetric.Bf16 or GpuMetric.Fp32 => "TFLOPS",
        GpuMetric.Int8 => "TOPS",
        GpuMetric.Bandwidth => "GB/s",
        GpuMetric.Vram => "GB",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>A short label for a metric.</summary>
    public static string Label(GpuMetric metric) => metric switch
    {
        GpuMetric.Bf16 => "Dense BF16 tensor (FP32 acc.)",
        GpuMetric.Fp32 => "FP32",
        GpuMetric.Int8 => "Dense INT8 tensor",
        GpuMetric.Bandwidth => "Memory bandwidth",
        GpuMetric.Vram => "VRAM",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>
    /// The ids of the priced GPUs that no other priced GPU beats on both price and metric: walking up in
    /// price, a GPU is on the frontier when its metric exceeds every cheaper GPU's.
    /// </summary>
    public static ImmutableHashSet<string> Frontier(IEnumerable<GpuRankRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var best = double.NegativeInfinity;
        var result = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var group in rows.Where(r => r.Price is not null && r.MetricValue is not null)
                     .GroupBy(r => r.Price!.Price.Value)
                     .OrderBy(g => g.Key))
        {
            var top = group.Max(r => r.MetricValue!.Value);
            if (top > best)
            {
                foreach (var r in group.Where(r => r.MetricValue!.Value == top))
                {
                    result.Add(r.Gpu.Id);
                }

                best = top;
            }
        }

        return result.ToImmutable();
    }
}

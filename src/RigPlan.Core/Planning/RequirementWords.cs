using System.Globalization;
using RigPlan.Core.Builds;

namespace RigPlan.Core.Planning;

/// <summary>The words requirements use, shared by the command line and requirements files so both read them alike.</summary>
public static class RequirementWords
{
    /// <summary>Objectives by name.</summary>
    public static readonly IReadOnlyDictionary<string, PlanObjective> Objectives = new Dictionary<string, PlanObjective>(StringComparer.OrdinalIgnoreCase)
    {
        ["tflops-per-dollar"] = PlanObjective.TflopsPerDollar,
        ["min-cost"] = PlanObjective.MinCost,
        ["max-tflops"] = PlanObjective.MaxTflops,
        ["max-vram"] = PlanObjective.MaxVram,
        ["decode-tps-per-dollar"] = PlanObjective.DecodeTpsPerDollar,
    };

    /// <summary>Enclosures by name.</summary>
    public static readonly IReadOnlyDictionary<string, FormFactorChoice> Forms = new Dictionary<string, FormFactorChoice>(StringComparer.OrdinalIgnoreCase)
    {
        ["any"] = FormFactorChoice.Any,
        ["tower"] = FormFactorChoice.Tower,
        ["open-frame"] = FormFactorChoice.OpenFrame,
        ["rack"] = FormFactorChoice.Rack,
    };

    /// <summary>Price conditions by name.</summary>
    public static readonly IReadOnlyDictionary<string, PriceMode> Prices = new Dictionary<string, PriceMode>(StringComparer.OrdinalIgnoreCase)
    {
        ["any"] = PriceMode.Any,
        ["new"] = PriceMode.New,
        ["used"] = PriceMode.Used,
    };

    /// <summary>Reads a GPU count, "4" or "2-8", within 1 to <see cref="BuildLimits.MaxGpusPerNode"/>; null with a reason when it is not one.</summary>
    public static (int Min, int Max)? GpuRange(string text, out string? problem) => GpuRange(text, BuildLimits.MaxGpusPerNode, out problem);

    /// <summary>A node count, 1 to <see cref="BuildLimits.MaxNodeCount"/>, or "choose" (0); null when it is neither.</summary>
    public static int? NodeCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Equals("choose", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= BuildLimits.MaxNodeCount ? n : null;
    }

    /// <summary>Most GPUs in all when the node count is chosen.</summary>
    public const int MaxTotalGpus = NodeChoice.MaxGpusPerNode * NodeChoice.MaxNodes;

    /// <summary>A GPU count or range with a ceiling (totals over several nodes may exceed one node's).</summary>
    public static (int Min, int Max)? GpuRange(string text, int limit, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('-', 2);
        if (!int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var min) ||
            !int.TryParse(parts.Length == 2 ? parts[1] : parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) || min < 1 || max < min)
        {
            problem = $"'{text}' is not a GPU count";
            return null;
        }

        if (max > limit)
        {
            problem = limit == BuildLimits.MaxGpusPerNode ? $"{max} is more GPUs than one node holds (at most {limit}); --nodes choose splits a larger count over nodes" : $"{max} GPUs is more than RigPlan plans (at most {limit})";
            return null;
        }

        problem = null;
        return (min, max);
    }
}

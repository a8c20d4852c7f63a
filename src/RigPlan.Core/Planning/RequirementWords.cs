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
    public static (int Min, int Max)? GpuRange(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split('-', 2);
        if (!int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var min) ||
            !int.TryParse(parts.Length == 2 ? parts[1] : parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) || min < 1 || max < min)
        {
            problem = $"'{text}' is not a GPU count";
            return null;
        }

        if (max > BuildLimits.MaxGpusPerNode)
        {
            problem = $"{max} is more GPUs than one node holds (at most {BuildLimits.MaxGpusPerNode})";
            return null;
        }

        problem = null;
        return (min, max);
    }
}

using RigPlan.Core.Builds;
using RigPlan.Core.Checks;

namespace RigPlan.Core.Planning;

/// <summary>A planned build with what it costs and gives, and the checker's report on it.</summary>
public sealed record Plan
{
    /// <summary>The build, ready to write as a build file.</summary>
    public required BuildSpec Build { get; init; }

    /// <summary>Total cost, USD.</summary>
    public required double CostUsd { get; init; }

    /// <summary>Total dense BF16 TFLOPS.</summary>
    public required double Tflops { get; init; }

    /// <summary>Total GPU memory, GB.</summary>
    public required double VramGb { get; init; }

    /// <summary>Generation speed of the workload's model, tokens/s over all nodes (0 without a workload).</summary>
    public double DecodeTps { get; init; }

    /// <summary>The objective's value (higher is better, except for min-cost where it is the cost).</summary>
    public required double ObjectiveValue { get; init; }

    /// <summary>The checker's report: no errors by construction.</summary>
    public required CheckReport Report { get; init; }
}

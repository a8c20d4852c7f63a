namespace RigPlan.Core.Planning;

/// <summary>What the planner optimises.</summary>
public enum PlanObjective
{
    /// <summary>Most dense BF16 TFLOPS per dollar (the founding heuristic).</summary>
    TflopsPerDollar,

    /// <summary>The cheapest build that meets the requirement.</summary>
    MinCost,

    /// <summary>Most dense BF16 TFLOPS within the budget.</summary>
    MaxTflops,

    /// <summary>Most GPU memory within the budget.</summary>
    MaxVram,

    /// <summary>Most generation speed (tokens/s of the workload's model) per dollar.</summary>
    DecodeTpsPerDollar,
}

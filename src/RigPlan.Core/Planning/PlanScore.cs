namespace RigPlan.Core.Planning;

/// <summary>How the objectives score a plan (higher is better), and the bounds the search prunes with.</summary>
public static class PlanScore
{
    /// <summary>The score of a plan with this cost, TFLOPS and memory.</summary>
    public static double Of(PlanObjective objective, double cost, double tflops, double vram, double decodeTps = 0) => objective switch
    {
        PlanObjective.TflopsPerDollar => tflops / cost * 1000,
        PlanObjective.DecodeTpsPerDollar => decodeTps / cost * 1000,
        PlanObjective.MinCost => -cost,
        PlanObjective.MaxTflops => tflops - (cost * 1e-9),
        PlanObjective.MaxVram => vram - (cost * 1e-9),
        _ => throw new ArgumentOutOfRangeException(nameof(objective)),
    };

    /// <summary>The score of a plan.</summary>
    public static double Of(PlanObjective objective, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Of(objective, plan.CostUsd, plan.Tflops, plan.VramGb, plan.DecodeTps);
    }

    /// <summary>The value reported to people: TFLOPS per $1000, cost, TFLOPS or GB.</summary>
    public static double Reported(PlanObjective objective, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return objective switch
        {
            PlanObjective.TflopsPerDollar => plan.Tflops / plan.CostUsd * 1000,
            PlanObjective.DecodeTpsPerDollar => plan.DecodeTps / plan.CostUsd * 1000,
            PlanObjective.MinCost => plan.CostUsd,
            PlanObjective.MaxTflops => plan.Tflops,
            _ => plan.VramGb,
        };
    }

    /// <summary>The objective's name on the command line.</summary>
    public static string Name(PlanObjective objective) => objective switch
    {
        PlanObjective.TflopsPerDollar => "tflops-per-dollar",
        PlanObjective.MinCost => "min-cost",
        PlanObjective.MaxTflops => "max-tflops",
        PlanObjective.DecodeTpsPerDollar => "decode-tps-per-dollar",
        _ => "max-vram",
    };
}

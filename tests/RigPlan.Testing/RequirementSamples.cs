using RigPlan.Core.Builds;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;

namespace RigPlan.Testing;

/// <summary>Random but reproducible requirement sets, for comparing solvers on many instances.</summary>
public static class RequirementSamples
{
    private static readonly double[] VramChoices = [0, 12, 16, 24, 32, 48];
    private static readonly PlanObjective[] Objectives = [PlanObjective.TflopsPerDollar, PlanObjective.MinCost, PlanObjective.MaxTflops, PlanObjective.MaxVram];
    private static readonly PriceMode[] PriceModes = [PriceMode.Any, PriceMode.New, PriceMode.Used];

    /// <summary>One requirement drawn from <paramref name="rng"/>: GPU counts 1-8, memory per GPU, objective, budget, site, prices, 1-4 nodes.</summary>
    public static Requirements Draw(Random rng, int maxNodes = 4)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var min = rng.Next(1, 5);
        var objective = Objectives[rng.Next(Objectives.Length)];
        var budget = rng.Next(3, 61) * 1000.0;
        var nodes = rng.Next(4) == 0 ? rng.Next(2, maxNodes + 1) : 1;
        return new Requirements
        {
            MinGpus = min,
            MaxGpus = min + rng.Next(0, 5),
            MinVramPerGpuGb = VramChoices[rng.Next(VramChoices.Length)],
            Objective = objective,
            Budget = objective is PlanObjective.MaxTflops or PlanObjective.MaxVram || rng.Next(2) == 0 ? budget * Math.Max(1, nodes) : null,
            Prices = PriceModes[rng.Next(PriceModes.Length)],
            Nodes = Math.Max(1, nodes),
            Site = new Site { Voltage = new Volts(rng.Next(2) == 0 ? 120 : 240), CircuitAmps = new Amps(rng.Next(2) == 0 ? 15 : 20), Circuits = rng.Next(1, 3) * Math.Max(1, nodes) },
        };
    }

    /// <summary>The first <paramref name="count"/> requirements from a seed.</summary>
    public static IReadOnlyList<Requirements> Many(int count, int seed = 20261126, int maxNodes = 4)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Draw(rng, maxNodes))];
    }
}

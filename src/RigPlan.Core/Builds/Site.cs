using RigPlan.Core.Units;

namespace RigPlan.Core.Builds;

/// <summary>Where the rig plugs in: mains voltage, the breaker rating of each circuit, and how many circuits it may use.</summary>
public sealed record Site
{
    /// <summary>Volts at the wall.</summary>
    public required Volts Voltage { get; init; }

    /// <summary>Breaker rating of each circuit.</summary>
    public required Amps CircuitAmps { get; init; }

    /// <summary>Circuits the rig may use.</summary>
    public required int Circuits { get; init; }

    /// <summary>
    /// What one circuit may carry continuously: 80 % of the breaker rating (US NEC 210.19(A)/210.20(A): a
    /// continuous load, three hours or more, may not exceed 80 % of the branch circuit's rating).
    /// </summary>
    public Watts ContinuousLimit => new(Voltage.Value * CircuitAmps.Value * 0.8);

    /// <summary>True for 200-240 V mains, where PSUs give their 230 V rating.</summary>
    public bool HighLine => Voltage.Value >= 180;
}

namespace RigPlan.Core.Economics;

/// <summary>The assumptions of an owning-against-renting comparison.</summary>
public sealed record TcoInputs
{
    /// <summary>Share of the time the machine works at full load (0 to 1).</summary>
    public required double Utilization { get; init; }

    /// <summary>Electricity price, USD per kWh.</summary>
    public required double KwhPrice { get; init; }

    /// <summary>Years of ownership.</summary>
    public required double Years { get; init; }

    /// <summary>Share of the hardware cost recovered by selling it at the end (0 by default: unknown, so not counted).</summary>
    public double ResaleFraction { get; init; }
}

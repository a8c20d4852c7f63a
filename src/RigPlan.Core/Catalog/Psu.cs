using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A power supply, with its output at both mains voltages and the GPU connectors it offers.</summary>
public sealed record Psu : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Psu;

    /// <summary>ATX, SFX, CRPS or server.</summary>
    public required string FormFactor { get; init; }

    /// <summary>Rated output on 100-127 V mains; null when unknown (or when the unit does not run on it).</summary>
    public Watts? Watts115V { get; init; }

    /// <summary>Rated output on 200-240 V mains.</summary>
    public Watts? Watts230V { get; init; }

    /// <summary>80 PLUS (or Cybenetics) rating, as written.</summary>
    public required string Efficiency { get; init; }

    /// <summary>6+2-pin PCIe connectors.</summary>
    public int? Pcie8Pin { get; init; }

    /// <summary>12VHPWR or 12V-2x6 connectors.</summary>
    public int? Pcie12VHpwr { get; init; }

    /// <summary>8-pin EPS connectors.</summary>
    public int? Eps8Pin { get; init; }

    /// <summary>Whether it meets ATX 3.x, which rates it for GPU power excursions.</summary>
    public bool? Atx3 { get; init; }
}

using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A memory module (one DIMM).</summary>
public sealed record MemoryModule : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Memory;

    /// <summary>Capacity of one module.</summary>
    public required Gigabytes Capacity { get; init; }

    /// <summary>DDR4 or DDR5.</summary>
    public required MemoryGeneration Generation { get; init; }

    /// <summary>UDIMM, RDIMM or LRDIMM.</summary>
    public required DimmKind DimmKind { get; init; }

    /// <summary>Rated transfer rate.</summary>
    public required MegaTransfers Speed { get; init; }

    /// <summary>Whether it has ECC.</summary>
    public bool? Ecc { get; init; }
}

using System.Collections.Immutable;
using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A case, open frame, rack chassis, or barebone server that includes its board and PSUs.</summary>
public sealed record Chassis : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Chassis;

    /// <summary>Tower, open frame, rack or barebone.</summary>
    public required ChassisKind ChassisKind { get; init; }

    /// <summary>Board form factors it takes.</summary>
    public required ImmutableArray<string> BoardFormFactors { get; init; }

    /// <summary>Whether it takes a board of this form factor (<see cref="BoardFormFactor.Same"/> reads SSI-EEB as EEB and SSI-CEB as CEB).</summary>
    /// <param name="formFactor">The board's form factor.</param>
    public bool Takes(string formFactor) => BoardFormFactors.Any(f => BoardFormFactor.Same(f, formFactor));

    /// <summary>Expansion slot openings.</summary>
    public required int ExpansionSlots { get; init; }

    /// <summary>Longest GPU it takes.</summary>
    public Millimeters? MaxGpuLength { get; init; }

    /// <summary>Most GPUs it holds, where stated.</summary>
    public int? MaxGpus { get; init; }

    /// <summary>PSU form factor it takes.</summary>
    public string? PsuFormFactor { get; init; }

    /// <summary>PSU bays.</summary>
    public int? PsuBays { get; init; }

    /// <summary>Height in rack units, for rack chassis.</summary>
    public int? RackUnits { get; init; }

    /// <summary>The board a barebone includes.</summary>
    public string? IncludedMotherboard { get; init; }

    /// <summary>The PSU model a barebone includes.</summary>
    public string? IncludedPsu { get; init; }

    /// <summary>How many of <see cref="IncludedPsu"/> a barebone includes.</summary>
    public int? IncludedPsuCount { get; init; }
}

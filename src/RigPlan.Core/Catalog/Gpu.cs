using System.Collections.Immutable;
using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>A GPU model with the figures of its reference design.</summary>
public sealed record Gpu : Part
{
    /// <inheritdoc />
    public override PartKind Kind => PartKind.Gpu;

    /// <summary>Architecture (Ampere, Ada Lovelace, Hopper, CDNA 3, ...).</summary>
    public required string Architecture { get; init; }

    /// <summary>consumer, workstation or datacenter.</summary>
    public required string Segment { get; init; }

    /// <summary>Launch date as written (YYYY-MM or YYYY-MM-DD).</summary>
    public required string ReleaseDate { get; init; }

    /// <summary>Memory on the card.</summary>
    public required Gigabytes Vram { get; init; }

    /// <summary>GDDR6X, HBM3, ...</summary>
    public string? MemoryType { get; init; }

    /// <summary>Peak memory bandwidth.</summary>
    public required GigabytesPerSecond MemoryBandwidth { get; init; }

    /// <summary>Peak FP32 (non-tensor) throughput.</summary>
    public required TeraFlops Fp32 { get; init; }

    /// <summary>Dense FP16 matrix throughput with FP32 accumulate.</summary>
    public TeraFlops? Fp16Tensor { get; init; }

    /// <summary>Dense BF16 matrix throughput with FP32 accumulate; null where BF16 is unsupported or unknown.</summary>
    public TeraFlops? Bf16Tensor { get; init; }

    /// <summary>Dense INT8 matrix throughput.</summary>
    public TeraOps? Int8Tensor { get; init; }

    /// <summary>Dense FP8 matrix throughput with FP32 accumulate; null where the GPU has none.</summary>
    public TeraFlops? Fp8Tensor { get; init; }

    /// <summary>Board power.</summary>
    public required Watts Tdp { get; init; }

    /// <summary>PCIe card, SXM or OAM module.</summary>
    public required GpuFormFactor FormFactor { get; init; }

    /// <summary>PCIe generation of the host interface.</summary>
    public int? PcieGen { get; init; }

    /// <summary>PCIe lanes of the host interface.</summary>
    public int? PcieLanes { get; init; }

    /// <summary>Expansion slots the reference design occupies.</summary>
    public double? SlotWidth { get; init; }

    /// <summary>Length of the reference design.</summary>
    public Millimeters? Length { get; init; }

    /// <summary>Cooling of the reference design.</summary>
    public Cooling? Cooling { get; init; }

    /// <summary>Auxiliary power connectors of the reference design; empty for SXM/OAM modules.</summary>
    public ImmutableArray<PowerConnector> PowerConnectors { get; init; } = [];

    /// <summary>True when the connector list is known (an empty list may mean "none").</summary>
    public bool PowerConnectorsKnown { get; init; }

    /// <summary>NVLink (or Infinity Fabric) bandwidth per GPU; zero when it has none; null when unknown.</summary>
    public GigabytesPerSecond? NvLink { get; init; }

    /// <summary>Whether PCIe peer-to-peer works with the stock driver.</summary>
    public bool? PeerToPeer { get; init; }

    /// <summary>Whether the memory has ECC.</summary>
    public bool? Ecc { get; init; }

    /// <summary>Launch price.</summary>
    public Usd? LaunchMsrp { get; init; }

    /// <summary>
    /// The mixed-precision training figure: dense BF16 with FP32 accumulate, or FP16 with FP32
    /// accumulate on GPUs without BF16 (Volta, Turing, Pascal).
    /// </summary>
    public TeraFlops? MixedPrecision => Bf16Tensor ?? Fp16Tensor;

    /// <summary>True when <see cref="MixedPrecision"/> is an FP16 figure because BF16 is unsupported.</summary>
    public bool MixedPrecisionIsFp16 => Bf16Tensor is null && Fp16Tensor is not null;
}

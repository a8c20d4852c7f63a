namespace RigPlan.Core.Catalog;

// Small closed vocabularies of the catalog, kept together because each is a handful of words.
#pragma warning disable CA1708, SA1649

/// <summary>The kinds of part the catalog holds.</summary>
public enum PartKind
{
    /// <summary>A GPU model (the chip and its reference design).</summary>
    Gpu,

    /// <summary>A partner's board built around a GPU model.</summary>
    GpuBoard,

    /// <summary>A processor.</summary>
    Cpu,

    /// <summary>A motherboard.</summary>
    Motherboard,

    /// <summary>A memory module.</summary>
    Memory,

    /// <summary>A power supply.</summary>
    Psu,

    /// <summary>A case, frame, rack chassis or barebone server.</summary>
    Chassis,

    /// <summary>A PCIe riser cable.</summary>
    Riser,

    /// <summary>A network adapter.</summary>
    Nic,

    /// <summary>A network switch.</summary>
    Switch,
}

/// <summary>How a GPU attaches to its host.</summary>
public enum GpuFormFactor
{
    /// <summary>A PCIe add-in card.</summary>
    Pcie,

    /// <summary>An NVIDIA SXM module on an HGX baseboard.</summary>
    Sxm,

    /// <summary>An OCP Accelerator Module.</summary>
    Oam,
}

/// <summary>How a card is cooled.</summary>
public enum Cooling
{
    /// <summary>A radial fan that exhausts out of the back of the case; stacks well.</summary>
    Blower,

    /// <summary>Axial fans that blow into the case; needs space between cards.</summary>
    OpenAir,

    /// <summary>A heatsink that relies on the chassis' fans (server cards).</summary>
    Passive,

    /// <summary>A liquid-cooled card or hybrid.</summary>
    Liquid,
}

/// <summary>Auxiliary power connectors on a card.</summary>
public enum ConnectorType
{
    /// <summary>PCIe 6-pin (75 W).</summary>
    Pin6,

    /// <summary>PCIe 8-pin (150 W).</summary>
    Pin8,

    /// <summary>NVIDIA's 12-pin of the RTX 30 Founders Editions, fed by two 8-pin through an adapter.</summary>
    Pin12,

    /// <summary>16-pin 12VHPWR or its successor 12V-2x6 (up to 600 W).</summary>
    Pin16,

    /// <summary>An 8-pin EPS (CPU-style) connector, used by datacenter PCIe cards (up to 300 W).</summary>
    Eps8,
}

/// <summary>DRAM generation.</summary>
public enum MemoryGeneration
{
    /// <summary>DDR4.</summary>
    Ddr4,

    /// <summary>DDR5.</summary>
    Ddr5,
}

/// <summary>Kind of memory module.</summary>
public enum DimmKind
{
    /// <summary>Unbuffered DIMM (desktop platforms).</summary>
    Udimm,

    /// <summary>Registered DIMM (server and workstation platforms).</summary>
    Rdimm,

    /// <summary>Load-reduced DIMM.</summary>
    Lrdimm,
}

/// <summary>Where a PCIe slot's lanes come from.</summary>
public enum LaneSource
{
    /// <summary>Wired to the CPU's root complex.</summary>
    Cpu,

    /// <summary>Behind the chipset, sharing its uplink with everything else on it.</summary>
    Chipset,

    /// <summary>Behind a PCIe switch (GPU server baseboards).</summary>
    Switch,
}

/// <summary>What a chassis is.</summary>
public enum ChassisKind
{
    /// <summary>A desktop tower case.</summary>
    Tower,

    /// <summary>An open frame (mining-style) with risers.</summary>
    OpenFrame,

    /// <summary>A rack-mount chassis without a board.</summary>
    Rack,

    /// <summary>A barebone server that includes its board and power supplies.</summary>
    Barebone,
}

/// <summary>Whether a price is for a new or a used part.</summary>
public enum PriceCondition
{
    /// <summary>New, from a retailer.</summary>
    New,

    /// <summary>Used or refurbished, from the second-hand market.</summary>
    Used,
}

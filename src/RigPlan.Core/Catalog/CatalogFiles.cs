namespace RigPlan.Core.Catalog;

/// <summary>The file names of the catalog, one per kind of part, and their allowed columns.</summary>
public static class CatalogFiles
{
    /// <summary>GPU models.</summary>
    public const string Gpus = "gpus.csv";

    /// <summary>Partner board variants.</summary>
    public const string GpuBoards = "gpu_boards.csv";

    /// <summary>Processors.</summary>
    public const string Cpus = "cpus.csv";

    /// <summary>Motherboards.</summary>
    public const string Motherboards = "motherboards.csv";

    /// <summary>Motherboard PCIe slots.</summary>
    public const string MotherboardSlots = "motherboard_slots.csv";

    /// <summary>Memory modules.</summary>
    public const string Memory = "memory.csv";

    /// <summary>Power supplies.</summary>
    public const string Psus = "psus.csv";

    /// <summary>Cases, frames, rack chassis and barebones.</summary>
    public const string Chassis = "chassis.csv";

    /// <summary>Riser cables.</summary>
    public const string Risers = "risers.csv";

    /// <summary>Network adapters.</summary>
    public const string Nics = "nics.csv";

    /// <summary>Network switches.</summary>
    public const string Switches = "switches.csv";

    /// <summary>Dated prices for every kind.</summary>
    public const string Prices = "prices.csv";

    /// <summary>Every file, in load order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Gpus, GpuBoards, Cpus, Motherboards, MotherboardSlots, Memory, Psus, Chassis, Risers, Nics, Switches, Prices];

    /// <summary>The columns each file may have.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>
    {
        [Gpus] = ["id", "name", "aliases", "vendor", "architecture", "segment", "release_date", "vram", "memory_type", "memory_bandwidth", "fp32", "fp16_tensor", "bf16_tensor", "int8_tensor", "fp8_tensor", "tdp", "form_factor", "pcie_gen", "pcie_lanes", "slot_width", "length", "cooling", "power_connectors", "nvlink", "p2p", "ecc", "launch_msrp_usd", "source", "notes"],
        [GpuBoards] = ["id", "name", "gpu", "manufacturer", "part_numbers", "length", "slot_width", "cooling", "power_connectors", "tdp", "source"],
        [Cpus] = ["id", "name", "aliases", "vendor", "family", "socket", "sockets_max", "cores", "threads", "base_clock", "boost_clock", "pcie_lanes", "pcie_gen", "memory_type", "memory_channels", "max_memory", "tdp", "release_date", "launch_price_usd", "source", "notes"],
        [Motherboards] = ["id", "name", "aliases", "vendor", "socket", "cpu_sockets", "form_factor", "chipset", "memory_type", "dimm_kinds", "dimm_slots", "max_memory", "onboard_nics", "ipmi", "m2_slots", "release_date", "source", "notes"],
        [MotherboardSlots] = ["board", "position", "label", "physical_lanes", "electrical_lanes", "gen", "attached", "shares_with", "lanes_when_shared", "source", "notes"],
        [Memory] = ["id", "name", "aliases", "vendor", "capacity", "generation", "kind", "speed", "ecc", "source", "notes"],
        [Psus] = ["id", "name", "aliases", "vendor", "form_factor", "watts_115v", "watts_230v", "efficiency", "pcie_8pin", "pcie_12vhpwr", "eps_8pin", "atx3", "source", "notes"],
        [Chassis] = ["id", "name", "aliases", "vendor", "kind", "board_form_factors", "expansion_slots", "max_gpu_length", "max_gpus", "psu_form_factor", "psu_bays", "rack_units", "included_motherboard", "included_psu", "included_psu_count", "source", "notes"],
        [Risers] = ["id", "name", "aliases", "vendor", "pcie_gen", "lanes", "length", "source", "notes"],
        [Nics] = ["id", "name", "aliases", "vendor", "protocol", "ports", "port_speed", "pcie_gen", "pcie_lanes", "power", "source", "notes"],
        [Switches] = ["id", "name", "aliases", "vendor", "protocol", "ports", "port_speed", "rack_units", "power", "source", "notes"],
        [Prices] = ["part", "condition", "price_usd", "price_date", "price_source", "notes"],
    };
}

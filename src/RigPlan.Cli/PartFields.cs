using RigPlan.Core.Catalog;

namespace RigPlan.Cli;

/// <summary>The fields each kind of part shows and writes to JSON, in order; JSON names are the stable contract.</summary>
internal static class PartFields
{
    private static readonly PartField[] Common =
    [
        F<Part>("id", "Id", null, p => p.Id),
        F<Part>("name", "Name", null, p => p.Name),
        F<Part>("aliases", "Aliases", null, p => p.Aliases.IsEmpty ? null : p.Aliases),
        F<Part>("vendor", "Vendor", null, p => p.Vendor),
    ];

    private static readonly PartField[] Tail =
    [
        F<Part>("source", "Source", null, p => p.Source),
        F<Part>("notes", "Notes", null, p => p.Notes),
        F<Part>("defined_at", "Defined at", null, p => p.Location.ToString()),
    ];

    public static IReadOnlyList<PartField> For(PartKind kind) => [.. Common, .. Specific(kind), .. Tail];

    private static PartField[] Specific(PartKind kind) => kind switch
    {
        PartKind.Gpu =>
        [
            F<Gpu>("architecture", "Architecture", null, g => g.Architecture),
            F<Gpu>("segment", "Segment", null, g => g.Segment),
            F<Gpu>("release_date", "Released", null, g => g.ReleaseDate),
            F<Gpu>("vram_gb", "VRAM", "GB", g => g.Vram.Value),
            F<Gpu>("memory_type", "Memory type", null, g => g.MemoryType),
            F<Gpu>("memory_bandwidth_gbps", "Memory bandwidth", "GB/s", g => g.MemoryBandwidth.Value),
            F<Gpu>("fp32_tflops", "FP32", "TFLOPS", g => g.Fp32.Value),
            F<Gpu>("fp16_tflops", "FP16 tensor, dense, FP32 acc.", "TFLOPS", g => g.Fp16Tensor?.Value),
            F<Gpu>("bf16_tflops", "BF16 tensor, dense, FP32 acc.", "TFLOPS", g => g.Bf16Tensor?.Value),
            F<Gpu>("int8_tops", "INT8 tensor, dense", "TOPS", g => g.Int8Tensor?.Value),
            F<Gpu>("fp8_tflops", "FP8 tensor, dense, FP32 acc.", "TFLOPS", g => g.Fp8Tensor?.Value),
            F<Gpu>("tdp_w", "Board power", "W", g => g.Tdp.Value),
            F<Gpu>("form_factor", "Form factor", null, g => g.FormFactor.ToString().ToLowerInvariant()),
            F<Gpu>("pcie_gen", "PCIe generation", null, g => g.PcieGen),
            F<Gpu>("pcie_lanes", "PCIe lanes", null, g => g.PcieLanes),
            F<Gpu>("slot_width", "Slots (reference)", null, g => g.SlotWidth),
            F<Gpu>("length_mm", "Length (reference)", "mm", g => g.Length?.Value),
            F<Gpu>("cooling", "Cooling (reference)", null, g => Words.Cooling(g.Cooling)),
            F<Gpu>("power_connectors", "Power connectors", null, g => g.PowerConnectorsKnown ? Words.Connectors(g.PowerConnectors) : null),
            F<Gpu>("nvlink_gbps", "NVLink", "GB/s", g => g.NvLink?.Value),
            F<Gpu>("p2p", "PCIe P2P (stock driver)", null, g => g.PeerToPeer),
            F<Gpu>("ecc", "ECC", null, g => g.Ecc),
            F<Gpu>("launch_msrp_usd", "Launch MSRP", "USD", g => g.LaunchMsrp?.Value),
        ],
        PartKind.GpuBoard =>
        [
            F<GpuBoard>("gpu", "GPU model", null, b => b.GpuId),
            F<GpuBoard>("part_numbers", "Part numbers", null, b => b.PartNumbers.IsEmpty ? null : b.PartNumbers),
            F<GpuBoard>("length_mm", "Length", "mm", b => b.Length?.Value),
            F<GpuBoard>("slot_width", "Slots", null, b => b.SlotWidth),
            F<GpuBoard>("cooling", "Cooling", null, b => Words.Cooling(b.Cooling)),
            F<GpuBoard>("power_connectors", "Power connectors", null, b => b.PowerConnectorsKnown ? Words.Connectors(b.PowerConnectors) : null),
            F<GpuBoard>("tdp_w", "Board power", "W", b => b.Tdp?.Value),
        ],
        PartKind.Cpu =>
        [
            F<Cpu>("family", "Family", null, c => c.Family),
            F<Cpu>("socket", "Socket", null, c => c.Socket),
            F<Cpu>("sockets_max", "Sockets (max)", null, c => c.SocketsMax),
            F<Cpu>("cores", "Cores", null, c => c.Cores),
            F<Cpu>("threads", "Threads", null, c => c.Threads),
            F<Cpu>("base_clock_ghz", "Base clock", "GHz", c => c.BaseClock?.Value),
            F<Cpu>("boost_clock_ghz", "Boost clock", "GHz", c => c.BoostClock?.Value),
            F<Cpu>("pcie_lanes", "PCIe lanes", null, c => c.PcieLanes),
            F<Cpu>("pcie_gen", "PCIe generation", null, c => c.PcieGen),
            F<Cpu>("memory_type", "Memory type", null, c => c.MemoryType.ToString().ToUpperInvariant()),
            F<Cpu>("memory_channels", "Memory channels", null, c => c.MemoryChannels),
            F<Cpu>("max_memory_gb", "Max memory", "GB", c => c.MaxMemory?.Value),
            F<Cpu>("tdp_w", "TDP", "W", c => c.Tdp.Value),
            F<Cpu>("release_date", "Released", null, c => c.ReleaseDate),
            F<Cpu>("launch_price_usd", "Launch price", "USD", c => c.LaunchPrice?.Value),
        ],
        PartKind.Motherboard =>
        [
            F<Motherboard>("socket", "Socket", null, m => m.Socket),
            F<Motherboard>("cpu_sockets", "CPU sockets", null, m => m.CpuSockets),
            F<Motherboard>("form_factor", "Form factor", null, m => m.FormFactor),
            F<Motherboard>("chipset", "Chipset", null, m => m.Chipset),
            F<Motherboard>("memory_type", "Memory type", null, m => m.MemoryType.ToString().ToUpperInvariant()),
            F<Motherboard>("dimm_kinds", "DIMM kinds", null, m => m.DimmKinds.Select(k => k.ToString().ToUpperInvariant())),
            F<Motherboard>("dimm_slots", "DIMM slots", null, m => m.DimmSlots),
            F<Motherboard>("max_memory_gb", "Max memory", "GB", m => m.MaxMemory?.Value),
            F<Motherboard>("onboard_nics", "Onboard NICs", null, m => m.OnboardNics),
            F<Motherboard>("ipmi", "IPMI", null, m => m.Ipmi),
            F<Motherboard>("m2_slots", "M.2 slots", null, m => m.M2Slots),
            F<Motherboard>("release_date", "Released", null, m => m.ReleaseDate),
            F<Motherboard>("slot_layout_known", "Slot layout known", null, m => !m.Slots.IsEmpty),
        ],
        PartKind.Memory =>
        [
            F<MemoryModule>("capacity_gb", "Capacity", "GB", m => m.Capacity.Value),
            F<MemoryModule>("generation", "Generation", null, m => m.Generation.ToString().ToUpperInvariant()),
            F<MemoryModule>("kind", "Kind", null, m => m.DimmKind.ToString().ToUpperInvariant()),
            F<MemoryModule>("speed_mts", "Speed", "MT/s", m => m.Speed.Value),
            F<MemoryModule>("ecc", "ECC", null, m => m.Ecc),
        ],
        PartKind.Psu =>
        [
            F<Psu>("form_factor", "Form factor", null, p => p.FormFactor),
            F<Psu>("watts_115v", "Output at 115 V", "W", p => p.Watts115V?.Value),
            F<Psu>("watts_230v", "Output at 230 V", "W", p => p.Watts230V?.Value),
            F<Psu>("efficiency", "Efficiency", null, p => p.Efficiency),
            F<Psu>("pcie_8pin", "PCIe 8-pin", null, p => p.Pcie8Pin),
            F<Psu>("pcie_12vhpwr", "12VHPWR / 12V-2x6", null, p => p.Pcie12VHpwr),
            F<Psu>("eps_8pin", "EPS 8-pin", null, p => p.Eps8Pin),
            F<Psu>("atx3", "ATX 3.x", null, p => p.Atx3),
        ],
        PartKind.Chassis =>
        [
            F<Chassis>("kind", "Kind", null, c => Words.ChassisKind(c.ChassisKind)),
            F<Chassis>("board_form_factors", "Board form factors", null, c => c.BoardFormFactors),
            F<Chassis>("expansion_slots", "Expansion slots", null, c => c.ExpansionSlots),
            F<Chassis>("max_gpu_length_mm", "Max GPU length", "mm", c => c.MaxGpuLength?.Value),
            F<Chassis>("max_gpus", "Max GPUs", null, c => c.MaxGpus),
            F<Chassis>("psu_form_factor", "PSU form factor", null, c => c.PsuFormFactor),
            F<Chassis>("psu_bays", "PSU bays", null, c => c.PsuBays),
            F<Chassis>("rack_units", "Rack units", "U", c => c.RackUnits),
            F<Chassis>("included_motherboard", "Included motherboard", null, c => c.IncludedMotherboard),
            F<Chassis>("included_psu", "Included PSU", null, c => c.IncludedPsu),
            F<Chassis>("included_psu_count", "Included PSU count", null, c => c.IncludedPsuCount),
        ],
        PartKind.Riser =>
        [
            F<Riser>("pcie_gen", "PCIe generation", null, r => r.PcieGen),
            F<Riser>("lanes", "Lanes", null, r => r.Lanes),
            F<Riser>("length_mm", "Length", "mm", r => r.Length.Value),
        ],
        PartKind.Nic =>
        [
            F<Nic>("protocol", "Protocol", null, n => n.Protocol),
            F<Nic>("ports", "Ports", null, n => n.Ports),
            F<Nic>("port_speed_gbps", "Port speed", "Gb/s", n => n.PortSpeed.Value),
            F<Nic>("pcie_gen", "PCIe generation", null, n => n.PcieGen),
            F<Nic>("pcie_lanes", "PCIe lanes", null, n => n.PcieLanes),
            F<Nic>("power_w", "Power", "W", n => n.Power?.Value),
        ],
        PartKind.Switch =>
        [
            F<NetworkSwitch>("protocol", "Protocol", null, s => s.Protocol),
            F<NetworkSwitch>("ports", "Ports", null, s => s.Ports),
            F<NetworkSwitch>("port_speed_gbps", "Port speed", "Gb/s", s => s.PortSpeed.Value),
            F<NetworkSwitch>("rack_units", "Rack units", "U", s => s.RackUnits),
            F<NetworkSwitch>("power_w", "Power", "W", s => s.Power?.Value),
        ],
        _ => [],
    };

    private static PartField F<T>(string json, string label, string? unit, Func<T, object?> get) =>
        new(json, label, unit, o => get((T)o));
}

using RigPlan.Core.Catalog;

namespace RigPlan.Testing;

/// <summary>A minimal valid catalog as file texts, to break one cell at a time in tests.</summary>
public static class CatalogTexts
{
    /// <summary>One valid row for each file.</summary>
    public static Dictionary<string, string> Minimal() => new(StringComparer.Ordinal)
    {
        [CatalogFiles.Gpus] = Csv(CatalogFiles.Gpus, new()
        {
            ["id"] = "rtx-3090",
            ["name"] = "GeForce RTX 3090",
            ["aliases"] = "3090",
            ["vendor"] = "NVIDIA",
            ["architecture"] = "Ampere",
            ["segment"] = "consumer",
            ["release_date"] = "2020-09-24",
            ["vram"] = "24 GB",
            ["memory_bandwidth"] = "936 GB/s",
            ["fp32"] = "35.58 TFLOPS",
            ["fp16_tensor"] = "71 TFLOPS",
            ["bf16_tensor"] = "71 TFLOPS",
            ["int8_tensor"] = "284 TOPS",
            ["tdp"] = "350 W",
            ["form_factor"] = "pcie",
            ["pcie_gen"] = "4",
            ["pcie_lanes"] = "16",
            ["slot_width"] = "3",
            ["length"] = "313 mm",
            ["cooling"] = "open-air",
            ["power_connectors"] = "1x 12-pin",
            ["nvlink"] = "112.5 GB/s",
            ["p2p"] = "no",
            ["ecc"] = "no",
            ["launch_msrp_usd"] = "1499",
            ["source"] = "NVIDIA GA102 whitepaper",
        }),
        [CatalogFiles.GpuBoards] = Csv(CatalogFiles.GpuBoards, new()
        {
            ["id"] = "rtx-3090-asus-turbo",
            ["name"] = "ASUS Turbo GeForce RTX 3090",
            ["gpu"] = "rtx-3090",
            ["manufacturer"] = "ASUS",
            ["length"] = "268 mm",
            ["slot_width"] = "2",
            ["cooling"] = "blower",
            ["power_connectors"] = "2x 8-pin",
            ["tdp"] = "350 W",
            ["source"] = "test",
        }),
        [CatalogFiles.Cpus] = Csv(CatalogFiles.Cpus, new()
        {
            ["id"] = "epyc-7502",
            ["name"] = "AMD EPYC 7502",
            ["vendor"] = "AMD",
            ["family"] = "EPYC 7002",
            ["socket"] = "SP3",
            ["cores"] = "32",
            ["threads"] = "64",
            ["pcie_lanes"] = "128",
            ["pcie_gen"] = "4",
            ["memory_type"] = "DDR4",
            ["memory_channels"] = "8",
            ["max_memory"] = "4 TB",
            ["tdp"] = "180 W",
            ["source"] = "AMD",
        }),
        [CatalogFiles.Motherboards] = Csv(CatalogFiles.Motherboards, new()
        {
            ["id"] = "romed8-2t",
            ["name"] = "ASRock Rack ROMED8-2T",
            ["vendor"] = "ASRock Rack",
            ["socket"] = "SP3",
            ["form_factor"] = "ATX",
            ["memory_type"] = "DDR4",
            ["dimm_kinds"] = "RDIMM;LRDIMM",
            ["dimm_slots"] = "8",
            ["max_memory"] = "2 TB",
            ["source"] = "ASRock Rack",
        }),
        [CatalogFiles.MotherboardSlots] = Csv(CatalogFiles.MotherboardSlots, new()
        {
            ["board"] = "romed8-2t",
            ["position"] = "1",
            ["label"] = "PCIE1",
            ["physical_lanes"] = "16",
            ["electrical_lanes"] = "16",
            ["gen"] = "4",
            ["attached"] = "cpu",
            ["source"] = "ASRock Rack",
        }),
        [CatalogFiles.Memory] = Csv(CatalogFiles.Memory, new()
        {
            ["id"] = "ddr4-32-rdimm",
            ["name"] = "32GB DDR4-3200 RDIMM",
            ["capacity"] = "32 GB",
            ["generation"] = "DDR4",
            ["kind"] = "RDIMM",
            ["speed"] = "3200 MT/s",
            ["ecc"] = "yes",
            ["source"] = "Samsung",
        }),
        [CatalogFiles.Psus] = Csv(CatalogFiles.Psus, new()
        {
            ["id"] = "corsair-ax1600i",
            ["name"] = "Corsair AX1600i",
            ["form_factor"] = "ATX",
            ["watts_115v"] = "1600 W",
            ["watts_230v"] = "1600 W",
            ["efficiency"] = "80+ Titanium",
            ["pcie_8pin"] = "10",
            ["pcie_12vhpwr"] = "0",
            ["atx3"] = "no",
            ["source"] = "Corsair",
        }),
        [CatalogFiles.Chassis] = Csv(CatalogFiles.Chassis, new()
        {
            ["id"] = "meshify-2-xl",
            ["name"] = "Fractal Meshify 2 XL",
            ["kind"] = "tower",
            ["board_form_factors"] = "ATX;E-ATX",
            ["expansion_slots"] = "9",
            ["max_gpu_length"] = "524 mm",
            ["source"] = "Fractal",
        }),
        [CatalogFiles.Risers] = Csv(CatalogFiles.Risers, new()
        {
            ["id"] = "riser-4-30",
            ["name"] = "PCIe 4.0 riser 30cm",
            ["pcie_gen"] = "4",
            ["lanes"] = "16",
            ["length"] = "30 cm",
            ["source"] = "test",
        }),
        [CatalogFiles.Nics] = Csv(CatalogFiles.Nics, new()
        {
            ["id"] = "connectx-6-hdr",
            ["name"] = "ConnectX-6 HDR",
            ["protocol"] = "infiniband",
            ["ports"] = "1",
            ["port_speed"] = "200 Gb/s",
            ["pcie_gen"] = "4",
            ["pcie_lanes"] = "16",
            ["source"] = "NVIDIA",
        }),
        [CatalogFiles.Switches] = Csv(CatalogFiles.Switches, new()
        {
            ["id"] = "qm8700",
            ["name"] = "Mellanox QM8700",
            ["protocol"] = "infiniband",
            ["ports"] = "40",
            ["port_speed"] = "200 Gb/s",
            ["source"] = "NVIDIA",
        }),
        [CatalogFiles.Prices] = Csv(CatalogFiles.Prices, new()
        {
            ["part"] = "rtx-3090",
            ["condition"] = "used",
            ["price_usd"] = "800",
            ["price_date"] = "2025-07-23",
            ["price_source"] = "test",
        }),
    };

    /// <summary>A CSV text with the file's full header and one row holding the given cells.</summary>
    public static string Csv(string file, Dictionary<string, string> cells)
    {
        var columns = CatalogFiles.Columns[file];
        return string.Join(",", columns) + "\n" + string.Join(",", columns.Select(c => Quote(cells.GetValueOrDefault(c, "")))) + "\n";
    }

    /// <summary>Appends a row to a file text.</summary>
    public static string WithRow(string text, string file, Dictionary<string, string> cells) =>
        text + Csv(file, cells).Split('\n')[1] + "\n";

    private static string Quote(string cell) => cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
        ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;
}

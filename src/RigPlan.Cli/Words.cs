using RigPlan.Core.Catalog;

namespace RigPlan.Cli;

/// <summary>How enum values are written for people and in JSON (the catalog's own words).</summary>
internal static class Words
{
    public static string? Cooling(Cooling? cooling) => cooling switch
    {
        null => null,
        Core.Catalog.Cooling.OpenAir => "open-air",
        var c => c.ToString()!.ToLowerInvariant(),
    };

    public static string ChassisKind(ChassisKind kind) => kind == Core.Catalog.ChassisKind.OpenFrame ? "open-frame" : kind.ToString().ToLowerInvariant();

    public static string Connectors(IEnumerable<PowerConnector> connectors)
    {
        var list = connectors.ToList();
        return list.Count == 0 ? "none" : string.Join(" + ", list);
    }

    /// <summary>The kind names `rigplan parts` accepts, singular and plural.</summary>
    public static readonly IReadOnlyDictionary<string, PartKind> Kinds = new Dictionary<string, PartKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["gpus"] = PartKind.Gpu,
        ["gpu"] = PartKind.Gpu,
        ["gpu-boards"] = PartKind.GpuBoard,
        ["gpu-board"] = PartKind.GpuBoard,
        ["boards"] = PartKind.GpuBoard,
        ["cpus"] = PartKind.Cpu,
        ["cpu"] = PartKind.Cpu,
        ["motherboards"] = PartKind.Motherboard,
        ["motherboard"] = PartKind.Motherboard,
        ["memory"] = PartKind.Memory,
        ["psus"] = PartKind.Psu,
        ["psu"] = PartKind.Psu,
        ["chassis"] = PartKind.Chassis,
        ["cases"] = PartKind.Chassis,
        ["risers"] = PartKind.Riser,
        ["riser"] = PartKind.Riser,
        ["nics"] = PartKind.Nic,
        ["nic"] = PartKind.Nic,
        ["switches"] = PartKind.Switch,
        ["switch"] = PartKind.Switch,
    };

    public static string Plural(PartKind kind) => kind switch
    {
        PartKind.Gpu => "gpus",
        PartKind.GpuBoard => "gpu-boards",
        PartKind.Cpu => "cpus",
        PartKind.Motherboard => "motherboards",
        PartKind.Memory => "memory",
        PartKind.Psu => "psus",
        PartKind.Chassis => "chassis",
        PartKind.Riser => "risers",
        PartKind.Nic => "nics",
        PartKind.Switch => "switches",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

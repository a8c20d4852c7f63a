namespace RigPlan.Core.Catalog;

/// <summary>The words catalog cells may use for each closed vocabulary.</summary>
public static class Vocabulary
{
    /// <summary>GPU form factors.</summary>
    public static readonly IReadOnlyDictionary<string, GpuFormFactor> FormFactors = new Dictionary<string, GpuFormFactor>
    {
        ["pcie"] = GpuFormFactor.Pcie,
        ["sxm"] = GpuFormFactor.Sxm,
        ["oam"] = GpuFormFactor.Oam,
    };

    /// <summary>Cooling designs.</summary>
    public static readonly IReadOnlyDictionary<string, Cooling> Coolings = new Dictionary<string, Cooling>
    {
        ["blower"] = Cooling.Blower,
        ["open-air"] = Cooling.OpenAir,
        ["passive"] = Cooling.Passive,
        ["liquid"] = Cooling.Liquid,
    };

    /// <summary>Memory generations.</summary>
    public static readonly IReadOnlyDictionary<string, MemoryGeneration> Generations = new Dictionary<string, MemoryGeneration>
    {
        ["ddr4"] = MemoryGeneration.Ddr4,
        ["ddr5"] = MemoryGeneration.Ddr5,
    };

    /// <summary>Module kinds.</summary>
    public static readonly IReadOnlyDictionary<string, DimmKind> DimmKinds = new Dictionary<string, DimmKind>
    {
        ["udimm"] = DimmKind.Udimm,
        ["rdimm"] = DimmKind.Rdimm,
        ["lrdimm"] = DimmKind.Lrdimm,
    };

    /// <summary>Where a slot's lanes come from.</summary>
    public static readonly IReadOnlyDictionary<string, LaneSource> LaneSources = new Dictionary<string, LaneSource>
    {
        ["cpu"] = LaneSource.Cpu,
        ["chipset"] = LaneSource.Chipset,
        ["switch"] = LaneSource.Switch,
    };

    /// <summary>Chassis kinds.</summary>
    public static readonly IReadOnlyDictionary<string, ChassisKind> ChassisKinds = new Dictionary<string, ChassisKind>
    {
        ["tower"] = ChassisKind.Tower,
        ["open-frame"] = ChassisKind.OpenFrame,
        ["rack"] = ChassisKind.Rack,
        ["barebone"] = ChassisKind.Barebone,
    };

    /// <summary>Price conditions.</summary>
    public static readonly IReadOnlyDictionary<string, PriceCondition> Conditions = new Dictionary<string, PriceCondition>
    {
        ["new"] = PriceCondition.New,
        ["used"] = PriceCondition.Used,
    };

    /// <summary>GPU market segments.</summary>
    public static readonly IReadOnlySet<string> Segments = new HashSet<string> { "consumer", "workstation", "datacenter" };

    /// <summary>Board form factors.</summary>
    public static readonly IReadOnlySet<string> BoardFormFactors = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ATX", "E-ATX", "EEB", "SSI-EEB", "SSI-CEB", "CEB", "Micro-ATX", "Mini-ITX", "proprietary",
    };
}

using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Core.Power;

/// <summary>
/// RigPlan's planning allowances for the parts a catalog row does not give a power figure for. They are
/// deliberately round, generous numbers, shown in every report so a user can see what was assumed.
/// </summary>
/// <remarks>
/// They are allowances, not measurements: a server board with its BMC and VRM losses, a DIMM under load, an
/// NVMe drive at its peak and a set of case fans each draw less than these in most machines. Sizing a PSU and a
/// circuit on them errs on the safe side.
/// </remarks>
public static class PowerAllowances
{
    /// <summary>Motherboard, chipset and BMC.</summary>
    public static readonly Watts Motherboard = new(50);

    /// <summary>One DDR4 module.</summary>
    public static readonly Watts DimmDdr4 = new(4);

    /// <summary>One DDR5 module (its own PMIC and higher speed).</summary>
    public static readonly Watts DimmDdr5 = new(6);

    /// <summary>One NVMe drive at peak (PCIe 4.0 drives peak near 8-10 W).</summary>
    public static readonly Watts Drive = new(10);

    /// <summary>Case or chassis fans.</summary>
    public static readonly Watts Fans = new(30);

    /// <summary>A NIC whose power the catalog does not know.</summary>
    public static readonly Watts UnknownNic = new(20);

    /// <summary>Allowance for one DIMM of a generation.</summary>
    public static Watts Dimm(MemoryGeneration generation) => generation == MemoryGeneration.Ddr5 ? DimmDdr5 : DimmDdr4;
}

using System.Runtime.CompilerServices;
using RigPlan.Core.Catalog;
using RigPlan.Core.Planning;
using RigPlan.Solvers.CpSat;

namespace RigPlan.Cli;

/// <summary>
/// The one place the CLI touches OR-Tools. Kept in its own non-inlined method so the OR-Tools assemblies and native
/// library load only when `--solver cpsat` is asked for, not on every start.
/// </summary>
internal static class CpSat
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PlanResult Plan(HardwareCatalog catalog, Requirements req, int top, TimeSpan? timeLimit, bool explain) =>
        new CpSatSolver().Plan(catalog, req, top, timeLimit, explain);
}

using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Workloads.Training;

namespace RigPlan.Cli;

/// <summary>The checker the commands use: every rule, with the power model fitted to the shipped measurements so a power-cap fix says what the cap costs.</summary>
internal static class Checkers
{
    public static BuildChecker For(CliContext context, HardwareCatalog catalog) => new(BuildChecker.DefaultRules(PowerModel(context, catalog)));

    /// <summary>The power-limit model fitted to the shipped training measurements, or null when they are unusable.</summary>
    public static PowerLimitModel? PowerModel(CliContext context, HardwareCatalog catalog)
    {
        var (measurements, errors) = TrainingTables.LoadMeasurements(WorkloadInputs.ModelsDirectory(context));
        return errors.IsEmpty ? PowerLimitModel.Fit(measurements, catalog) : null;
    }
}

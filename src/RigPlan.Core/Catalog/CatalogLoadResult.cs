using System.Collections.Immutable;

namespace RigPlan.Core.Catalog;

/// <summary>The outcome of loading a catalog: the catalog when every row is valid, and every problem found.</summary>
public sealed record CatalogLoadResult(HardwareCatalog? Catalog, ImmutableArray<InputError> Errors)
{
    /// <summary>True when the catalog loaded with no problems.</summary>
    public bool Ok => Catalog is not null && Errors.IsEmpty;
}

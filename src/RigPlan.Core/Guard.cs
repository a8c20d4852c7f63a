namespace RigPlan.Core;

/// <summary>Checks invariants where values are made; a failure is a bug, not a user mistake.</summary>
public static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "must be a finite number");

    /// <summary>Throws when <paramref name="value"/> is negative, NaN or infinite.</summary>
    public static double NonNegative(double value, string name) =>
        Finite(value, name) >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must not be negative");

    /// <summary>Throws when <paramref name="value"/> is not greater than zero.</summary>
    public static double Positive(double value, string name) =>
        Finite(value, name) > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be greater than zero");

    /// <summary>Throws when <paramref name="value"/> is null or white space.</summary>
    public static string NotBlank(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("must not be blank", name) : value;
}

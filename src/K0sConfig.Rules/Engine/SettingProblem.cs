namespace K0sConfig
{
    /// <summary>A setting outside k0s.yaml that was given but could not be read, such as the MSBuild property <c>K0sVersion</c>.</summary>
    public sealed class SettingProblem
    {
        /// <summary>Creates the problem.</summary>
        /// <param name="setting">The setting, such as <c>the MSBuild property K0sVersion</c>.</param>
        /// <param name="value">Its value as given.</param>
        /// <param name="problem">Why it is not understood, naming the accepted forms.</param>
        /// <param name="instead">What is checked instead, such as <c>the newest k0s (1.36)</c>.</param>
        public SettingProblem(string setting, string value, string problem, string instead)
        {
            Setting = setting;
            Value = value;
            Problem = problem;
            Instead = instead;
        }

        /// <summary>The setting, such as <c>the MSBuild property K0sVersion</c>.</summary>
        public string Setting { get; }

        /// <summary>Its value as given.</summary>
        public string Value { get; }

        /// <summary>Why it is not understood, naming the accepted forms.</summary>
        public string Problem { get; }

        /// <summary>What is checked instead.</summary>
        public string Instead { get; }
    }
}

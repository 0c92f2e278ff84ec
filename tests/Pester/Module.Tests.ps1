#Requires -Version 5.1
# The RosterTools module as a whole: manifest, exports, help, views and dependency isolation.

BeforeDiscovery {
    # Every cmdlet the module ships (the manifest's CmdletsToExport), for the help tests below.
    $Cmdlets = @('Compare-Roster', 'Connect-OneRoster', 'Connect-RosterTarget', 'Export-OneRoster', 'Get-RosterAuditLog', 'Get-RosterDirectory', 'Import-OneRoster', 'Invoke-Deprovision', 'Invoke-Provision', 'Invoke-RosterSync', 'Merge-Roster', 'New-OneRosterSample', 'New-RosterPlan', 'Resolve-RosterUserName', 'Test-OneRoster') | ForEach-Object { @{ Name = $_ } }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Module = Get-Module RosterTools
}

Describe 'The RosterTools module' {
    It 'imports from the built module folder' {
        $Module | Should -Not -BeNullOrEmpty
        [System.IO.Path]::GetFullPath($Module.ModuleBase).TrimEnd('\', '/') | Should -Be $ModuleFolder.TrimEnd('\', '/')
        $Module.ModuleType | Should -Be 'Binary'
    }

    It 'exports exactly its cmdlets' {
        $names = @(Get-Command -Module RosterTools | Sort-Object Name | ForEach-Object Name)
        $names | Should -Be @('Compare-Roster', 'Connect-OneRoster', 'Connect-RosterTarget', 'Export-OneRoster', 'Get-RosterAuditLog', 'Get-RosterDirectory', 'Import-OneRoster', 'Invoke-Deprovision', 'Invoke-Provision', 'Invoke-RosterSync', 'Merge-Roster', 'New-OneRosterSample', 'New-RosterPlan', 'Resolve-RosterUserName', 'Test-OneRoster')
        @(Get-Command -Module RosterTools | Where-Object CommandType -ne 'Cmdlet').Count | Should -Be 0
    }

    It 'exports no functions, aliases or variables' {
        $Module.ExportedFunctions.Count | Should -Be 0
        $Module.ExportedAliases.Count | Should -Be 0
        $Module.ExportedVariables.Count | Should -Be 0
    }

    It 'has the version stamped from the build' {
        $Module.Version | Should -Not -Be ([version]'0.0.0')
        $Module.Version | Should -Be (Test-ModuleManifest -Path $ModuleManifest).Version
    }

    It 'can be removed and imported again' {
        Remove-Module RosterTools
        Import-Module $ModuleManifest -ErrorAction Stop
        $roster = Import-OneRoster -Path $MinimalBundle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $roster | Get-TypeName | Should -Be 'RosterTools.OneRoster.Roster'
    }
}

Describe 'Help' {
    It '<Name> has a synopsis, a description and at least two examples' -ForEach $Cmdlets {
        $help = Get-Help -Name $Name -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "*$Name*[<]*"
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in @($help.Examples.Example)) {
            $example.Code | Should -Match ([regex]::Escape($Name))
        }
    }

    It '<Name> documents every parameter' -ForEach $Cmdlets {
        $common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
        $help = Get-Help -Name $Name -Full
        foreach ($parameter in (Get-Command -Name $Name).Parameters.Keys) {
            if ($common -contains $parameter) { continue }
            $documented = @($help.Parameters.Parameter) | Where-Object { $_.Name -eq $parameter }
            $documented | Should -Not -BeNullOrEmpty -Because "-$parameter of $Name needs help"
            ($documented.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter of $Name needs a description"
        }
    }

    It 'ships the about_RosterTools topic' {
        $about = Join-Path (Join-Path $ModuleFolder 'en-US') 'about_RosterTools.help.txt'
        $about | Should -Exist
        Get-Content -LiteralPath $about -Raw | Should -Match 'LENIENT AND STRICT'
    }
}

Describe 'Views' {
    It 'shows a roster as counts, not as its records' {
        $roster = Import-OneRoster -Path $MinimalBundle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $text = $roster | Format-Table | Out-String
        $text | Should -Match 'Enrollments'
        $text | Should -Match 'Warnings'
        $text | Should -Match '1\.1'
    }

    It 'never shows a password in a table or a list' {
        $users = @(Import-OneRoster -Path $MinimalBundle -Entity Users -WarningAction SilentlyContinue -ErrorAction SilentlyContinue)
        @($users | Where-Object { $_.Password -eq 'Password1-' }).Count | Should -BeGreaterThan 0 -Because 'the data stays in the property'
        ($users | Out-String) | Should -Not -Match 'Password1-'
        ($users | Format-Table | Out-String) | Should -Not -Match 'Password1-'
        ($users | Format-List | Out-String) | Should -Not -Match 'Password1-'
    }

    It 'shows findings with severity, code, file, line, column and message' {
        $text = Test-OneRoster -Path $FullBundle | Format-Table | Out-String -Width 250
        foreach ($column in 'Severity', 'Code', 'File', 'Line', 'Column', 'Message') {
            $text | Should -Match $column
        }
    }
}

Describe 'Dependency isolation' {
    BeforeAll {
        # Make sure the engine has been used, so that it is loaded.
        $null = Import-OneRoster -Path $MinimalBundle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        $loaded = [System.AppDomain]::CurrentDomain.GetAssemblies()
        $Engine = $loaded | Where-Object { $_.GetName().Name -eq 'RosterTools.Engine' }
        $CsvHelper = $loaded | Where-Object { $_.GetName().Name -eq 'CsvHelper' }
    }

    It 'loads one engine and one CsvHelper' {
        @($Engine).Count | Should -Be 1
        @($CsvHelper).Count | Should -BeGreaterOrEqual 1
    }

    It 'keeps the engine and CsvHelper out of the default load context on PowerShell 7' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
        $contexts = [System.Runtime.Loader.AssemblyLoadContext]
        $default = @($contexts::Default.Assemblies | ForEach-Object { $_.GetName().Name })
        $default | Should -Not -Contain 'RosterTools.Engine'
        $default | Should -Not -Contain 'CsvHelper'
        $contexts::GetLoadContext($Engine).Name | Should -Be 'RosterTools'
        $ours = @($CsvHelper | Where-Object { $contexts::GetLoadContext($_).Name -eq 'RosterTools' })
        $ours.Count | Should -Be 1
        $ours[0].Location | Should -BeLike ('*' + [System.IO.Path]::Combine('Dependencies', 'net8.0') + '*')
        $Engine.Location | Should -BeLike ('*' + [System.IO.Path]::Combine('Dependencies', 'net8.0') + '*')
    }

    It 'uses the netstandard2.0 engine on Windows PowerShell' -Skip:($PSVersionTable.PSEdition -eq 'Core') {
        $Engine.Location | Should -BeLike ('*' + [System.IO.Path]::Combine('Dependencies', 'netstandard2.0') + '*')
        @($CsvHelper | Where-Object { $_.Location -like ('*' + [System.IO.Path]::Combine('Dependencies', 'netstandard2.0') + '*') }).Count | Should -Be 1
    }

    It 'ships no engine beside RosterTools.dll and no System.Management.Automation' {
        @(Get-ChildItem -LiteralPath $ModuleFolder -Filter '*.dll' | ForEach-Object Name) | Should -Be @('RosterTools.dll')
        @(Get-ChildItem -LiteralPath $ModuleFolder -Recurse -Filter 'System.Management.Automation.dll').Count | Should -Be 0
    }
}

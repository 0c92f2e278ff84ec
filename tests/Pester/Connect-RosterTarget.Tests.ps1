#Requires -Version 5.1
# Connect-RosterTarget and Get-RosterDirectory: the local store in a state folder, the session's current target.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Plans = Join-Path $PSScriptRoot 'data'
}

Describe 'Connect-RosterTarget' {
    It 'returns a local store target and makes it the current one' {
        $state = Join-Path $TestDrive 'state'
        $target = Connect-RosterTarget -Local -StatePath $state
        $target | Get-TypeName | Should -Be 'RosterTools.Targets.RosterTarget'
        $target.Kind | Should -Be 'local'
        $target.StatePath | Should -Be ([System.IO.Path]::GetFullPath($state))
        Test-Path -LiteralPath $state | Should -BeTrue
        @(Get-RosterDirectory).Count | Should -Be 0
    }

    It 'connects to nothing with -WhatIf' {
        $state = Join-Path $TestDrive 'whatif-state'
        Connect-RosterTarget -Local -StatePath $state -WhatIf | Should -BeNullOrEmpty
        Test-Path -LiteralPath $state | Should -BeFalse
    }

    It 'leaves the current target alone with -NoDefault' {
        $current = Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'current')
        $other = Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'other') -NoDefault
        $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Target $other -Confirm:$false
        @(Get-RosterDirectory -Target $other).Count | Should -Be 2
        @(Get-RosterDirectory).Count | Should -Be 0
        $current | Should -Not -BeNullOrEmpty
    }

    It 'connects to Entra ID with -Entra and its dynamic sign-in parameters' {
        $token = ConvertTo-SecureString 'not-a-real-token' -AsPlainText -Force
        $target = Connect-RosterTarget -Entra -AccessToken $token -UsageLocation US -StatePath (Join-Path $TestDrive 'entra') -NoDefault
        $target.Kind | Should -Be 'entra'
        $target.Description | Should -Match 'access token'
        $target.Description | Should -Not -Match 'not-a-real-token'
    }

    It 'has no Entra parameters without -Entra' {
        { Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'plain') -ManagedIdentity -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Get-RosterDirectory' {
    BeforeAll {
        $null = Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'directory')
        $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Confirm:$false
    }

    It 'returns the accounts with their groups and licences' {
        $accounts = @(Get-RosterDirectory)
        $accounts.Count | Should -Be 2
        $accounts[0] | Get-TypeName | Should -Be 'RosterTools.Targets.DirectoryAccount'
        $jdoe = $accounts | Where-Object Username -eq 'jdoe'
        $jdoe.Anchor | Should -Be 'E1'
        @($jdoe.Groups) | Should -Be @('RHS-students')
        @($jdoe.Licenses) | Should -Be @('STUDENT_A1')
    }

    It 'filters by name with wildcards' {
        @(Get-RosterDirectory -Name 'as*').Username | Should -Be @('asmith')
        @(Get-RosterDirectory -Name 'E1').Username | Should -Be @('jdoe')
    }
}

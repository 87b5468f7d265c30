// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console} from "forge-std/Script.sol";
import {OvigRegistry} from "../src/OvigRegistry.sol";
import {MerkleVerifier} from "../src/MerkleVerifier.sol";

/// @notice forge script contracts/script/Deploy.s.sol --rpc-url $RPC --private-key $KEY --broadcast
contract Deploy is Script {
    function run() external returns (OvigRegistry registry, MerkleVerifier verifier) {
        vm.startBroadcast();
        registry = new OvigRegistry(address(0));
        verifier = new MerkleVerifier();
        vm.stopBroadcast();
        console.log("OvigRegistry", address(registry));
        console.log("MerkleVerifier", address(verifier));
    }
}
